package org.resilienceroadmap.funding;

/**
 * One result of a framework: an outcome, or an output under the outcome named by {@code parentCode}.
 * {@code assumptions}: what must hold outside the programme for it to lead on (null when none is named,
 * and in reports compiled before results carried them).
 */
public record ResultLine(String code, String title, ResultKind kind, String parentCode, String assumptions) {

    public ResultLine(String code, String title, ResultKind kind, String parentCode) {
        this(code, title, kind, parentCode, null);
    }
}
