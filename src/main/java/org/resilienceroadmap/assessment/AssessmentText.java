package org.resilienceroadmap.assessment;

import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;

/** The assessment module's rules for free text: a length limit said as bad input, blanks as nothing. */
final class AssessmentText {

    private AssessmentText() {}

    static void requireLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidRequestException(field, Refusal.counted("refusal.text.atMost", max));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
