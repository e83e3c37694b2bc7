package org.resilienceroadmap.shared.api;

/**
 * The JSON of one resource that carries its optimistic-lock {@code version}: the API sends that
 * version as a strong {@code ETag} ({@link EntityTags}). An interface the records name, rather than
 * any property called {@code version}, because that word means other things in some answers (a
 * strategy comment's version number, an approval table's number), which must not become entity tags.
 */
public interface Versioned {

    long version();
}
