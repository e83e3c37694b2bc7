package org.resilienceroadmap.action;

import java.util.List;
import java.util.Map;

import org.resilienceroadmap.directory.Programme;

/**
 * What an action of one strategy may name, as its form offers it: the working group's accounts
 * (username to name, by name), the hazard codes of the jurisdiction's profile and the programmes
 * that fund the jurisdiction.
 */
public record ActionChoices(Map<String, String> owners, List<String> hazards, List<Programme> programmes) {}
