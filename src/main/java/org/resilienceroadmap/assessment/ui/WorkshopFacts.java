package org.resilienceroadmap.assessment.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.assessment.Assessment;
import org.resilienceroadmap.shared.Days;

/** The template version and as much of the workshop as is known: never a dash for a day not yet set. */
class WorkshopFacts extends Paragraph {

    WorkshopFacts(Assessment a) {
        setId("assessment-facts");
        setText(text(a));
    }

    private String text(Assessment a) {
        String version = String.valueOf(a.getTemplateVersion());
        LocalDate start = a.getWorkshopStart();
        LocalDate end = a.getWorkshopEnd();
        if (start != null && end != null) {
            return start.equals(end)
                    ? getTranslation("assessment.facts.workshopOn", version, day(start))
                    : getTranslation("assessment.facts.workshop", version, day(start), day(end));
        }
        if (start != null) {
            return getTranslation("assessment.facts.workshopFrom", version, day(start));
        }
        if (end != null) {
            return getTranslation("assessment.facts.workshopUntil", version, day(end));
        }
        return getTranslation("assessment.facts.template", version);
    }

    private String day(LocalDate day) {
        return Days.format(getLocale(), day);
    }
}
