package org.resilienceroadmap.gate;

/** What backs a manual tick besides an uploaded file: a note saying what it shows and a link. */
public record Evidence(String note, String link) {

    public Evidence {
        note = note == null || note.isBlank() ? null : note.strip();
        link = link == null || link.isBlank() ? null : link.strip();
    }
}
