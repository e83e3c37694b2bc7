package org.resilienceroadmap.funding.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.funding.JurisdictionProgress;
import org.resilienceroadmap.funding.StageCount;
import org.resilienceroadmap.funding.report.BarFigure.Bar;

/** Where the covered jurisdictions stand: the funnel over the roadmap stages, then each one by country. */
final class ProgressSection {

    private final ReportDocument document;

    ProgressSection(ReportDocument document) {
        this.document = document;
    }

    /** Local governments by stage; countries and regions that joined too are named beneath, never in the funnel. */
    void writeFunnel(List<StageCount> funnel, org.resilienceroadmap.funding.JoinedAbove above) {
        document.heading("section.funnel");
        if (funnel == null || funnel.isEmpty()) {
            document.none("funnel");
            return;
        }
        ReportFormat format = document.format();
        List<Bar> bars = funnel.stream()
                .map(s -> new Bar(format.stage(s.stage()), s.count(), String.valueOf(s.count())))
                .toList();
        document.figure().draw(bars).forEach(document::add);
        if (above != null && !above.none()) {
            document.paragraph(format.text("funnel.alsoJoined", above.countries(), above.regions()));
        }
    }

    void writeJurisdictions(List<JurisdictionProgress> jurisdictions) {
        document.heading("section.jurisdictions");
        if (jurisdictions == null || jurisdictions.isEmpty()) {
            document.none("jurisdictions");
            return;
        }
        ReportFormat format = document.format();
        ReportTable table = new ReportTable(
                document,
                new float[] {27, 15, 11, 10, 8, 9, 11, 9},
                "jurisdiction",
                "stage",
                "assessmentsValidated",
                "strategyAdopted",
                "actions",
                "actionsCompleted",
                "actionsClaimed",
                "actionsOverdue");
        Map<String, List<JurisdictionProgress>> byCountry = new LinkedHashMap<>();
        for (JurisdictionProgress j : jurisdictions) {
            byCountry
                    .computeIfAbsent(ReportFormat.orNone(j.country(format.locale())), c -> new ArrayList<>())
                    .add(j);
        }
        byCountry.forEach((country, members) -> {
            table.group(country);
            for (JurisdictionProgress j : members) {
                table.text(displayName(j, format.locale()))
                        .text(format.stage(j.stage()))
                        .figure(String.valueOf(j.assessmentsValidated()))
                        .text(format.yesNo(j.strategyAdopted()))
                        .figure(String.valueOf(j.actions()))
                        .figure(String.valueOf(j.actionsCompleted()))
                        .figure(String.valueOf(j.actionsClaimed()))
                        .figure(String.valueOf(j.actionsOverdue()));
            }
        });
        document.add(table.table());
    }

    /** "Dushanbe (Душанбе)" in English, "Душанбе" in Russian: the local name joins where it says something else. */
    static String displayName(JurisdictionProgress j, java.util.Locale locale) {
        return j.name() == null ? ReportFormat.orNone(null) : j.displayName(locale);
    }
}
