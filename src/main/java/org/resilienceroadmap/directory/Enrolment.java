package org.resilienceroadmap.directory;

import java.util.List;

/** A person and the memberships they hold. */
public record Enrolment(Person person, List<Membership> memberships) {}
