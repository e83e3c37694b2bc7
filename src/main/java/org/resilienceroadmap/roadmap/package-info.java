/**
 * The roadmap: joining MCR2030 starts {@code processes/roadmap.bpmn}, which drives a jurisdiction
 * through stages A ▸ B ▸ C, each closed by a coordinator's stage gate; the jurisdiction's current
 * stage and stage history follow the process. Also the scoped views of jurisdictions (tree, detail
 * with stage timeline) and the home page that answers "what needs me now".
 * <p>
 * Depends on {@code shared},
 * {@code directory}, {@code security}, {@code workflow}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"directory", "security", "shared", "workflow", "workflow :: ui"})
package org.resilienceroadmap.roadmap;
