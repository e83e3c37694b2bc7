package org.resilienceroadmap.workflow;

import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.security.UserScope;

/**
 * How a feature lets a returning decision pin comments to items of its subject: which task outcomes
 * return it, the items a comment can be pinned to, who sees the pins and who answers them (those the
 * subject went back to). One bean per subject type; {@link PinnedComments} does the rest.
 */
public interface PinTarget {

    String subjectType();

    /** The collection of the subject in the REST API, e.g. {@code assessments}: pins are under {@code /{collection}/{id}/pins}. */
    String collection();

    /** Whether this outcome of this task sends the subject back to be fixed, so comments may be pinned to it. */
    boolean returns(TaskItem task, String outcome);

    /** What a comment may be pinned to, in the reader's language and the subject's own order. */
    List<PinItem> items(String subjectId, Locale locale);

    /** Whether the caller sees the subject (its pins with it). */
    boolean sees(String subjectId, UserScope me);

    /** Whether the caller is one of those the subject went back to, who answer its pins. */
    boolean answers(String subjectId, UserScope me);

    /** An item by its key (e.g. {@code question:1.2}, {@code objective:7}, {@code field:due}) and its label. */
    record PinItem(String key, String label) {}
}
