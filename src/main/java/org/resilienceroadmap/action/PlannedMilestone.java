package org.resilienceroadmap.action;

import java.time.LocalDate;

/** A milestone given with a proposed action: a title and a target date. */
public record PlannedMilestone(String title, LocalDate target) {}
