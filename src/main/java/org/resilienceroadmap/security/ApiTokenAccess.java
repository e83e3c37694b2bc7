package org.resilienceroadmap.security;

/** What a personal API token may do: read only, or read and write as its person may. */
public enum ApiTokenAccess {
    READ,
    READ_WRITE;

    boolean allows(String httpMethod) {
        return this == READ_WRITE
                || "GET".equals(httpMethod)
                || "HEAD".equals(httpMethod)
                || "OPTIONS".equals(httpMethod);
    }
}
