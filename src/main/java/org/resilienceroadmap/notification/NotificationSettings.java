package org.resilienceroadmap.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where e-mails point and whom they come from: {@code roadmap.public-url}, the address people open
 * the application at (links are this plus {@code /} plus the route), and {@code roadmap.mail.from}.
 * Whether e-mail is sent at all is decided by {@code spring.mail.host}.
 */
@ConfigurationProperties("roadmap")
record NotificationSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Mail mail) {

    record Mail(
            @DefaultValue("resilience-roadmap@localhost") String from) {}

    String link(String route) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/" + route;
    }
}
