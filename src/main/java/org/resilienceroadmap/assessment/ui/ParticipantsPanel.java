package org.resilienceroadmap.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.directory.Usernames;
import org.resilienceroadmap.shared.ui.FormErrors;

/** Who took part; while the assessment is open the chair adds people from the working group or free names with organisations. */
class ParticipantsPanel extends Div {

    /** {@code added} runs after a participant was added, to show the page again. */
    ParticipantsPanel(AssessmentService assessments, AssessmentReads reads, Long id, boolean open, Runnable added) {
        var list = reads.participants(id);
        add(new Span(getTranslation("assessment.participants") + ": "
                + (list.isEmpty()
                        ? "—"
                        : String.join(
                                ", ",
                                list.stream()
                                        .map(p -> p.getOrganisation() == null
                                                ? p.getName()
                                                : p.getName() + " (" + p.getOrganisation() + ")")
                                        .toList()))));
        setId("participants");
        if (open) {
            TextField name = new TextField();
            name.setPlaceholder(getTranslation("assessment.participantName"));
            name.setId("participant-name");
            TextField organisation = new TextField();
            organisation.setPlaceholder(getTranslation("admin.organisation"));
            Button add = new Button(
                    getTranslation("assessment.addParticipant"),
                    e -> new FormErrors().attempt(() -> {
                        String entered = name.getValue().strip();
                        // An account name is a member of the working group; anything else is a free name.
                        boolean account = Usernames.isUsername(entered);
                        assessments.addParticipant(
                                id, account ? entered : null, account ? null : entered, organisation.getValue());
                        added.run();
                    }));
            add.setId("add-participant");
            HorizontalLayout row = new HorizontalLayout(name, organisation, add);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
    }
}
