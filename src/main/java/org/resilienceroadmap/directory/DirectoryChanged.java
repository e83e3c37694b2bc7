package org.resilienceroadmap.directory;

/**
 * Published when who sees what may have changed: a jurisdiction, a membership or a programme's
 * coverage was added. Scopes worked out earlier in the same transaction are then stale.
 */
public record DirectoryChanged(String what) {
}
