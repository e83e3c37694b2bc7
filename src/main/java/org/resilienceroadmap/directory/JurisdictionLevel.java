package org.resilienceroadmap.directory;

public enum JurisdictionLevel {
    REGION,
    COUNTRY,
    CITY
}
