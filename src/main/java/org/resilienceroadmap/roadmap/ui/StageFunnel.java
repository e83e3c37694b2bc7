package org.resilienceroadmap.roadmap.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.JurisdictionView;

/** How many jurisdictions stand at each stage: not joined, A, B, C, drawn as proportional bars. */
class StageFunnel extends Div {

    StageFunnel(List<JurisdictionView> jurisdictions) {
        addClassName("stage-funnel");
        long total = Math.max(1, jurisdictions.size());
        bar("stage.none", "none", jurisdictions.stream().filter(j -> j.stage() == null).count(), total);
        for (RoadmapStage s : RoadmapStage.values()) {
            bar("stage." + s.name(), s.name(), jurisdictions.stream().filter(j -> j.stage() == s).count(), total);
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
