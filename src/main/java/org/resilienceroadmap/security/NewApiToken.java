package org.resilienceroadmap.security;

/** A token just made: the only time its secret is known; only its hash is kept. */
public record NewApiToken(ApiTokenLine token, String secret) {}
