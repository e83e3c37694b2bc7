/**
 * The task inbox over the process engine: open tasks of the caller (assigned or claimable), claim,
 * unclaim, complete with an outcome and a comment. Outcomes are declared in the BPMN as the user
 * task's extension property {@code outcomes}; an outcome named in {@code commentRequired} needs a comment.
 * <p>
 * Every process carries the variables of {@link org.resilienceroadmap.workflow.ProcessVariables}.
 * Features plug into the inbox with a {@link org.resilienceroadmap.workflow.TaskSubjectLink}, which
 * names and links the subject of their tasks. Depends on {@code shared}, {@code directory}, {@code security}.
 */
package org.resilienceroadmap.workflow;
