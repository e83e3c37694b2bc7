/**
 * Donor monitoring: programmes with their results framework (impact ▸ outcomes ▸ outputs ▸ indicators,
 * each outcome and output with its assumptions),
 * budget lines and disbursements; indicators counted from the workflow's own data with monthly
 * snapshots; the donor dashboard; {@code processes/donor-report.bpmn} compiles a report on a
 * schedule, has a coordinator sign it off and submits it to the donor, who acknowledges or queries
 * it; exports as PDF, XLSX (indicators and actions; the EU logical-framework matrix) and IATI 2.03 XML.
 * <p>
 * Public API: {@link org.resilienceroadmap.funding.ProgrammeService} (programmes),
 * {@link org.resilienceroadmap.funding.ResultsFramework} (outcomes, outputs, indicators),
 * {@link org.resilienceroadmap.funding.ProgrammeBudget} (budget lines, disbursements),
 * {@link org.resilienceroadmap.funding.DonorReports}.
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow},
 * {@code assessment}, {@code strategy}, {@code action}, {@code notification}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "action",
            "assessment",
            "directory",
            "notification",
            "security",
            "shared",
            "strategy",
            "workflow",
            "workflow :: ui"
        })
package org.resilienceroadmap.funding;
