package org.resilienceroadmap.notification;

import java.util.List;

/**
 * What to tell people: a message key from the bundles, its arguments (plain strings), and the app
 * route it is about, e.g. {@code "strategies/12"} ({@code ""} is the home page).
 */
public record Notice(String messageKey, List<String> args, String route) {

    public Notice {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("A notice needs a message key");
        }
        args = args == null
                ? List.of()
                : args.stream().map(arg -> arg == null ? "" : arg).toList();
        route = route == null ? "" : route.startsWith("/") ? route.substring(1) : route;
    }
}
