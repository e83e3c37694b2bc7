/**
 * The shared kernel: the base entity with optimistic locking, the audit log, the error types that
 * become problem+json answers, text from resource bundles, and the application layout.
 * Every module may use it; it depends on no feature.
 * <p>
 * Open on purpose: its sub-packages ({@code api}, {@code audit}, {@code error}, {@code files},
 * {@code i18n}, {@code text}, {@code ui}, {@code ui.chart}) are all meant for every module, so naming
 * each one as an interface would say nothing more than "all of it".
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.resilienceroadmap.shared;
