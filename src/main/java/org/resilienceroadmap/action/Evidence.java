package org.resilienceroadmap.action;

/** An uploaded evidence file as it arrives: its name and bytes. */
public record Evidence(String fileName, byte[] content) {}
