package org.resilienceroadmap.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write whose JSON body carries the {@code version} read as one that also takes it as
 * {@code If-Match: "<version>"} ({@link IfMatchPrecondition}, {@link IfMatchBody}); the OpenAPI
 * document names the header and the 412 only for these. Without the header the write is as before.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface HonoursIfMatch {

    /**
     * The handler method of the same controller that reads the resource (its parameters path variables
     * of this write, its answer {@link Versioned}): with it a stale {@code If-Match} is refused with 412
     * before anything is read or stored, and {@code If-Match: *} takes the current version. Empty where
     * the resource has no such read: the header then only stands in for, or must agree with, the body's
     * version, and the service's own check answers a stale one (409).
     */
    String current() default "";
}
