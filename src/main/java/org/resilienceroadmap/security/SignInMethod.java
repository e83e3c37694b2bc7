package org.resilienceroadmap.security;

/** How a person signs in: with a password kept here, or through their organisation's identity provider only. */
public enum SignInMethod {
    PASSWORD,
    ORGANISATION
}
