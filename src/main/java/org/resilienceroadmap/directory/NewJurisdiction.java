package org.resilienceroadmap.directory;

public record NewJurisdiction(String code, String name, String localName, JurisdictionLevel level, Long parentId) {
}
