package org.resilienceroadmap.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles without a Spring context, for tests of text alone. */
public final class Bundles {

    private Bundles() {}

    /** As spring.messages.* in application.properties configures the application's own source. */
    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
