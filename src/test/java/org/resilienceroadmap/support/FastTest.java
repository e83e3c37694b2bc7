package org.resilienceroadmap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * The fast tier ({@code mvn -Pfast test}): a test that starts no application context of the whole
 * application, no browser and no node: plain rules, mocked collaborators, an in-memory process engine
 * or a repository slice. It runs in the default build as well.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("fast")
public @interface FastTest {}
