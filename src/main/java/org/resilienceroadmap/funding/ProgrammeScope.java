package org.resilienceroadmap.funding;

import java.util.Set;

import org.resilienceroadmap.directory.Programme;

/**
 * A programme and the jurisdictions one reader counts it over: the whole covered tree for its donor,
 * an admin or the engine; for a coordinator only the part of the tree they coordinate or see.
 */
record ProgrammeScope(Programme programme, Set<Long> jurisdictionIds, boolean whole) {}
