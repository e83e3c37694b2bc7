/**
 * Escalation of silence: work that waits too long is brought to someone's attention. A coordinator's stage
 * gate ({@code roadmap.bpmn}) or validation ({@code assessment.bpmn}, the entry stage) left waiting reminds
 * the coordinators nearest the city, then goes to the coordinators of the level above
 * ({@link org.resilienceroadmap.escalation.CoordinatorEscalation}); the models' boundary timers decide when
 * ({@link org.resilienceroadmap.escalation.EscalationSettings}), and each step happens once. A progress report
 * left undone escalates inside the action module.
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code notification}, {@code workflow}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"action", "directory", "notification", "shared", "workflow"})
package org.resilienceroadmap.escalation;
