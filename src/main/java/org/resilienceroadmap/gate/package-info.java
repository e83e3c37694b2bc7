/**
 * Stage-gate checklists: what a coordinator checks before approving a roadmap gate
 * ({@code Task_StageAGate} A ▸ B, {@code Task_StageBGate} B ▸ C, {@code Task_StageCGate} the stage C
 * re-assessment cycle in {@code processes/roadmap.bpmn}). Items are computed from the other modules'
 * data (a validated assessment, the working group, hazards, the adopted strategy and its coverage of
 * the Ten Essentials, approved actions, progress reports) or ticked by hand with evidence. Admins and
 * coordinators configure the items per country or per programme; without a configuration the
 * defaults of {@link org.resilienceroadmap.gate.DefaultChecklists} apply.
 * <p>
 * The engine refuses an approval while a mandatory item is open unless the coordinator gives an
 * override reason ({@code stageGateChecklist} task listener), which is kept and audited.
 * Public API: {@link org.resilienceroadmap.gate.GateChecklists}, {@link org.resilienceroadmap.gate.ChecklistConfigurations}.
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}, {@code assessment},
 * {@code strategy}, {@code action}; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "action",
            "assessment",
            "directory",
            "security",
            "shared",
            "strategy",
            "workflow",
            "workflow :: ui"
        })
package org.resilienceroadmap.gate;
