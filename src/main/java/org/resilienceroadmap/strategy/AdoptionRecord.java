package org.resilienceroadmap.strategy;

import java.time.LocalDate;

/** What the chair records about the formal adoption, besides the signed document. */
public record AdoptionRecord(String decisionReference, LocalDate adoptedOn, String adoptingBody) {}
