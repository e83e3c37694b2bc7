/**
 * MCR2030 Resilience Hubs: a stage-C city's chair applies with its commitments (the cities it will
 * support, the kinds of support) and its qualifications; {@code processes/resilience-hub.bpmn} has the
 * national coordinator recommend it and an administrator designate it for a term (three years by
 * default), reminds the chair before the term ends, and renews the designation or lets it lapse. The
 * jurisdiction's resilience-hub flag follows the designation.
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}, {@code notification}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"directory", "notification", "security", "shared", "workflow", "workflow :: ui"})
package org.resilienceroadmap.hub;
