package org.resilienceroadmap.shared.files;

/** What a list of files shows of each one, read without its content: its name and size. */
public record FileFacts(Long id, String name, long size) {}
