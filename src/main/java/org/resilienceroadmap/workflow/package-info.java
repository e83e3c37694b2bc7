/**
 * The task inbox over the process engine ({@link org.resilienceroadmap.workflow.TaskInbox}): open
 * tasks of the caller (assigned or claimable), claim, unclaim, complete with an outcome and a comment
 * ({@link org.resilienceroadmap.workflow.TaskComments} keeps the conversation); many at once ({@link org.resilienceroadmap.workflow.BulkDecisions},
 * each task on its own); filtered and ordered ({@link org.resilienceroadmap.workflow.TaskFilter}). Outcomes are declared in the BPMN as the user
 * task's extension property {@code outcomes}; an outcome named in {@code commentRequired} needs a comment.
 * <p>
 * Every process carries the variables of {@link org.resilienceroadmap.workflow.ProcessVariables}.
 * Features plug into the inbox with a {@link org.resilienceroadmap.workflow.TaskSubjectLink}, which
 * names the subject of their tasks (the inbox puts the city before it) and links each task to the
 * exact place it is done on. Depends on {@code shared}, {@code directory}, {@code security}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "security", "shared"})
package org.resilienceroadmap.workflow;
