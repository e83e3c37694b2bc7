package org.resilienceroadmap.shared.ui;

import java.util.Locale;

/** A signed-in person chose a language; the account remembers it. */
public record LanguageChosen(Locale locale) {}
