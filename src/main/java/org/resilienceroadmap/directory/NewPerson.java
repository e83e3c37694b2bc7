package org.resilienceroadmap.directory;

public record NewPerson(String username, String displayName, String email, String organisation, String language) {}
