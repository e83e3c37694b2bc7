package org.resilienceroadmap.directory;

/**
 * Published when who sees what may have changed: a jurisdiction, a membership or a programme's
 * coverage was added, a person's language changed. Scopes worked out earlier are then stale: in the
 * same transaction at once, elsewhere once it commits ({@link DirectoryRevision}).
 */
public record DirectoryChanged(String what) {}
