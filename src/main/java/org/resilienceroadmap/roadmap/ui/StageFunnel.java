package org.resilienceroadmap.roadmap.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.JurisdictionView;

/**
 * How many local governments (MCR2030's members: cities and municipalities; regions and countries are
 * not) stand at each stage: not joined, joined with the entry stage being validated, A, B, C, drawn as
 * proportional bars.
 */
class StageFunnel extends Div {

    StageFunnel(List<JurisdictionView> all) {
        addClassName("stage-funnel");
        List<JurisdictionView> jurisdictions = all.stream()
                .filter(j -> j.level() == org.resilienceroadmap.directory.JurisdictionLevel.CITY)
                .toList();
        Span caption = new Span(getTranslation("funnel.localGovernments", jurisdictions.size()));
        caption.addClassName("task-meta");
        add(caption);
        long total = Math.max(1, jurisdictions.size());
        bar(
                "stage.none",
                "none",
                jurisdictions.stream().filter(j -> j.joinedOn() == null).count(),
                total);
        long entering = jurisdictions.stream()
                .filter(j -> j.stage() == null && j.joinedOn() != null)
                .count();
        if (entering > 0) {
            bar("stage.entering", "entering", entering, total);
        }
        for (RoadmapStage s : RoadmapStage.values()) {
            bar(
                    "stage." + s.name(),
                    s.name(),
                    jurisdictions.stream().filter(j -> j.stage() == s).count(),
                    total);
        }
    }

    private void bar(String labelKey, String stage, long count, long total) {
        Div fill = new Div();
        fill.addClassName("fill");
        fill.addClassName("stage-" + stage);
        fill.setWidth((100.0 * count / total) + "%");
        Div track = new Div(fill);
        track.addClassName("track");
        Span label = new Span(getTranslation(labelKey));
        Span number = new Span(String.valueOf(count));
        number.addClassName("count");
        number.addClassName("funnel-" + stage);
        Div row = new Div(label, track, number);
        row.addClassName("funnel-row");
        add(row);
    }
}
