package org.resilienceroadmap.action;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The hazard codes whose name in the reader's language (or whose code) contains a piece of text,
 * ignoring case: the register's hazard filter matches what people read, not the codes stored.
 */
@Component
class HazardNameMatch {

    private final JurisdictionDirectory jurisdictions;
    private final MessageSource messages;

    HazardNameMatch(JurisdictionDirectory jurisdictions, MessageSource messages) {
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    Set<String> codes(String text, Locale locale) {
        String wanted = text.strip().toLowerCase(locale);
        Map<String, String> names = jurisdictions.hazardNames();
        return names.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains(wanted)
                        || messages.getMessage(e.getValue(), null, e.getKey(), locale)
                                .toLowerCase(locale)
                                .contains(wanted))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
