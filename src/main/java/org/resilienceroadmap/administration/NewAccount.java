package org.resilienceroadmap.administration;

import org.resilienceroadmap.security.SignInMethod;

/**
 * An account just made, with the one-time password to hand to its person; it is shown once and never stored in
 * clear. An account that signs in through its organisation only has none.
 */
public record NewAccount(Long personId, String username, String oneTimePassword, SignInMethod signIn) {}
