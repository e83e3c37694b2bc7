/**
 * Sign-in, roles and scope. {@link org.resilienceroadmap.security.CurrentUser} answers who is
 * calling and what they may see ({@link org.resilienceroadmap.security.UserScope});
 * {@link org.resilienceroadmap.security.CandidateGroups} is the one place that names the engine's
 * candidate groups, derived from memberships ({@code chair:DYU}, {@code coordinator:TJ}, …).
 * <p>
 * Depends on {@code shared} and {@code directory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "shared"})
package org.resilienceroadmap.security;
