package org.resilienceroadmap.workflow;

import java.util.Locale;

/**
 * How a feature shows the subject of its tasks in the inbox: a title and the route that opens it.
 * Each feature registers one bean per subject type it starts processes for.
 */
public interface TaskSubjectLink {

    String subjectType();

    String title(String subjectId, Locale locale);

    /** The route of the subject's page, relative to the application root. */
    String route(String subjectId);
}
