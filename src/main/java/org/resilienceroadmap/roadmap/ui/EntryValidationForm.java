package org.resilienceroadmap.roadmap.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.EntryDetail;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.shared.ui.SignedInName;
import org.resilienceroadmap.workflow.ui.TaskFields;

/**
 * The coordinator's task "Validate the entry stage": the evidence to read, and the earlier stage a
 * send-back runs the roadmap from (offered only with that outcome's completion).
 */
class EntryValidationForm extends VerticalLayout implements TaskFields {

    private final Select<RoadmapStage> sendBackTo = new Select<>();

    EntryValidationForm(EntryDetail entry, SignedInName names) {
        setPadding(false);
        add(new EntrySummary(entry, names));
        sendBackTo.setLabel(getTranslation("entry.sendBackTo"));
        sendBackTo.setId("entry-send-back-to");
        sendBackTo.setItems(Arrays.stream(RoadmapStage.values())
                .filter(s -> s.ordinal() < entry.requestedStage().ordinal())
                .toList());
        sendBackTo.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        sendBackTo.setValue(RoadmapStage.A);
        add(sendBackTo);
    }

    @Override
    public Optional<String> problem(String outcome) {
        return RoadmapProcess.OUTCOME_SEND_BACK.equals(outcome) && sendBackTo.getValue() == null
                ? Optional.of(getTranslation("entry.sendBackToMissing"))
                : Optional.empty();
    }

    @Override
    public Map<String, Object> fields(String outcome) {
        return RoadmapProcess.OUTCOME_SEND_BACK.equals(outcome)
                ? Map.of(RoadmapProcess.SEND_BACK_TO, sendBackTo.getValue().name())
                : Map.of();
    }
}
