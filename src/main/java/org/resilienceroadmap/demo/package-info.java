/**
 * Demo data for the {@code demo} profile: the real places and programme of
 * {@code shared/domain/demo-data.md} with invented people, all with the password {@code demo}.
 * Loaded once into an empty database, through the modules' services and the engine.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "action",
            "assessment",
            "directory",
            "funding",
            "hub",
            "publication",
            "roadmap",
            "security",
            "shared",
            "strategy",
            "workflow"
        })
package org.resilienceroadmap.demo;
