/**
 * The shared kernel: the base entity with optimistic locking, the audit log, the error types that
 * become problem+json answers, text from resource bundles, and the application layout.
 * Every module may use it; it depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.resilienceroadmap.shared;
