package org.resilienceroadmap.assessment;

import java.util.List;

/** The questions of one of the Ten Essentials. */
public record EssentialSection(int number, List<ScorecardQuestion> questions) {

    public EssentialSection {
        ScorecardTemplate.require(number >= 1 && number <= 10, "Essential numbers run from 1 to 10");
        ScorecardTemplate.require(
                questions != null && !questions.isEmpty(), "Essential " + number + " has no questions");
        questions = List.copyOf(questions);
    }
}
