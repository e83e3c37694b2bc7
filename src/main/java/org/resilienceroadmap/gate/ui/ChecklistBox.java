package org.resilienceroadmap.gate.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.gate.Checklist;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateApproval;
import org.resilienceroadmap.gate.GateChecklists;
import org.resilienceroadmap.gate.ItemState;
import org.resilienceroadmap.workflow.ui.TaskFields;

/**
 * A gate's checklist on its task page. While a mandatory item is open, the coordinator may approve
 * only with a reason to override it; the engine keeps the same rule for every other way in.
 */
class ChecklistBox extends VerticalLayout implements TaskFields {

    static final String OVERRIDE_REASON = "overrideReason";

    private final GateChecklists checklists;
    private final Long jurisdictionId;
    private final Gate gate;
    private final boolean coordinator;
    private final TextArea reason = new TextArea();
    private Checklist checklist;

    ChecklistBox(GateChecklists checklists, Long jurisdictionId, Gate gate, boolean coordinator) {
        this.checklists = checklists;
        this.jurisdictionId = jurisdictionId;
        this.gate = gate;
        this.coordinator = coordinator;
        setPadding(false);
        setId("gate-checklist");
        reason.setId("gate-override-reason");
        reason.setLabel(getTranslation("gate.override.label"));
        reason.setHelperText(getTranslation("gate.override.help"));
        reason.setMaxLength(GateApproval.MAX_REASON);
        reason.setWidthFull();
        render();
    }

    private void render() {
        removeAll();
        checklist = checklists.checklist(jurisdictionId, gate);
        add(new H3(getTranslation("gate.checklist.title")));
        Paragraph source = new Paragraph(
                checklist.source() == null
                        ? getTranslation("gate.checklist.source.default")
                        : getTranslation("gate.checklist.source.configured"));
        source.setId("gate-checklist-source");
        add(source);
        boolean mayTick = checklists.mayTick(jurisdictionId);
        Div items = new Div();
        items.getElement().setAttribute("role", "list");
        for (ItemState item : checklist.items()) {
            items.add(new ChecklistRow(checklists, jurisdictionId, gate, item, mayTick, this::render));
        }
        if (checklist.items().isEmpty()) {
            items.add(new Paragraph(getTranslation("gate.checklist.empty")));
        }
        add(items);
        Paragraph summary = new Paragraph(
                checklist.isClosable()
                        ? getTranslation("gate.checklist.closable")
                        : getTranslation(
                                "gate.checklist.openMandatory",
                                checklist.openMandatory().size()));
        summary.setId("gate-checklist-summary");
        add(summary);
        if (!checklist.isClosable() && coordinator) {
            add(reason);
        }
    }

    @Override
    public Optional<String> problem(String outcome) {
        if ("approve".equals(outcome)
                && !checklist.isClosable()
                && reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("gate.override.needed"));
            return Optional.of(getTranslation("gate.override.needed"));
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Object> fields(String outcome) {
        return "approve".equals(outcome) && !reason.getValue().isBlank()
                ? Map.of(OVERRIDE_REASON, reason.getValue().strip())
                : Map.of();
    }
}
