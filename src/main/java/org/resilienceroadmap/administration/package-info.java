/**
 * Administration of the directory by admins: new jurisdictions under the tree, accounts with a
 * one-time password and their memberships, hazard ratings. Every change is checked for the
 * {@code ADMIN} role in the service and written to the audit log.
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code security}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "security", "shared"})
package org.resilienceroadmap.administration;
