package org.resilienceroadmap.assessment;

/**
 * One question of an assessment's template with where its answer stands: the answer, none while
 * nobody has scored it, and how many evidence files back it.
 */
public record QuestionAnswer(ScorecardQuestion question, int essential, Answer answer, int evidenceFiles) {

    /** Where a question's answer stands; an answer is saved whole (a score, with its comment and link) or not at all. */
    public enum State {
        UNANSWERED,
        ANSWERED
    }

    public State state() {
        return answer == null ? State.UNANSWERED : State.ANSWERED;
    }
}
