/**
 * The directory: jurisdictions (region ▸ country ▸ city) with their MCR2030 membership, roadmap
 * stage and stage history, hazard profiles; people and their memberships (working-group member or
 * chair, coordinator of a jurisdiction and everything under it, donor of a programme, admin); and
 * programmes as far as they define a donor's scope (the funding module owns the rest of them).
 * <p>
 * Depends only on {@code shared}. Its services answer without scope checks: callers above
 * {@code security} filter by the caller's scope.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.resilienceroadmap.directory;
