package org.resilienceroadmap.demo;

import org.resilienceroadmap.directory.Role;

/** A demo account: an invented person with a role in a real jurisdiction or programme. */
record DemoAccount(
        String username, String displayName, String organisation, String language, Role role, String scopeCode) {}
