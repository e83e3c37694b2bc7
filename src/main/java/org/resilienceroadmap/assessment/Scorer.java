package org.resilienceroadmap.assessment;

/** A working-group member who may score, with the name people read. */
public record Scorer(String username, String name) {}
