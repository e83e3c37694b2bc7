package org.resilienceroadmap.assessment;

import org.resilienceroadmap.shared.error.InvalidRequestException;

/** A template file that cannot be used, with the line where the reader stopped and why. */
public class TemplateFormatException extends InvalidRequestException {

    private final int line;

    public TemplateFormatException(String file, int line, String reason) {
        super("file", file + ", line " + line + ": " + reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
