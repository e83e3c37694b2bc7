package org.resilienceroadmap.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator's password ({@code roadmap.bootstrap.admin-password}, from {@code RR_ADMIN_PASSWORD}); none: generated. */
@ConfigurationProperties("roadmap.bootstrap")
record BootstrapSettings(String adminPassword) {}
