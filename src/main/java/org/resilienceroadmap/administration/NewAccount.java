package org.resilienceroadmap.administration;

/** An account just made, with the one-time password to hand to its person; it is shown once and never stored in clear. */
public record NewAccount(Long personId, String username, String oneTimePassword) {}
