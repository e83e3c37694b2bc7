package org.resilienceroadmap.publication.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.publication.PublicationService;
import org.resilienceroadmap.publication.PublicationStatus;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.JurisdictionContribution;
import org.resilienceroadmap.shared.ui.Notifications;

/**
 * The city page's panel of its public page: where it stands, the chair's proposal, the withdrawal by the
 * chair or a coordinator (confirmed first), and the public address once published. Shown to those who may
 * act on it or once there is something to tell; nothing for a country or region.
 */
@org.springframework.stereotype.Component
class PublicationPanel implements JurisdictionContribution {

    private final PublicationService publications;

    PublicationPanel(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public Optional<Component> create(Long jurisdictionId) {
        try {
            PublicationStatus status = publications.status(jurisdictionId);
            if (status.state() == null && !status.mayPropose()) {
                return Optional.empty();
            }
            Div box = new Div();
            box.setId("publication-panel");
            render(box, status);
            return Optional.of(box);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void render(Div box, PublicationStatus status) {
        box.removeAll();
        box.add(new H3(box.getTranslation("publication.heading")));
        Paragraph state = new Paragraph(stateText(box, status));
        state.setId("publication-state");
        box.add(state);
        if (status.publicPath() != null) {
            Anchor link = new Anchor("/" + status.publicPath(), box.getTranslation("publication.open"));
            link.setTarget(AnchorTarget.BLANK);
            link.setId("publication-link");
            box.add(link);
        }
        if (status.mayPropose()) {
            Button propose = new Button(
                    box.getTranslation("publication.propose"),
                    e -> act(box, () -> publications.propose(status.jurisdictionId()), "publication.proposed"));
            propose.setId("publication-propose");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(new Paragraph(box.getTranslation("publication.explain")), propose);
        }
        if (status.mayWithdraw()) {
            Button withdraw =
                    new Button(box.getTranslation("publication.withdraw"), e -> confirmWithdrawal(box, status));
            withdraw.setId("publication-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(withdraw);
        }
    }

    private void confirmWithdrawal(Div box, PublicationStatus status) {
        ConfirmDialog confirm = new ConfirmDialog(
                box.getTranslation("publication.withdraw"),
                box.getTranslation("publication.withdrawConfirm"),
                box.getTranslation("publication.withdraw"),
                ok -> act(
                        box,
                        () -> publications.withdraw(status.jurisdictionId(), status.version()),
                        "publication.withdrawn"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(box.getTranslation("action.cancel"));
        confirm.setId("publication-withdraw-confirm");
        confirm.open();
    }

    private void act(Div box, java.util.function.Supplier<PublicationStatus> step, String done) {
        new FormErrors().attempt(() -> {
            PublicationStatus after = step.get();
            Notifications.success(box.getTranslation(done));
            render(box, after);
        });
    }

    private static String stateText(Div box, PublicationStatus status) {
        if (status.state() == null) {
            return box.getTranslation("publication.state.none");
        }
        java.time.Instant at = switch (status.state()) {
            case PROPOSED -> status.proposedAt();
            case PUBLISHED, DECLINED -> status.decidedAt();
            case WITHDRAWN -> status.withdrawnAt();
        };
        return box.getTranslation(
                "publication.state." + status.state().name(),
                at == null
                        ? ""
                        : Days.format(
                                PublicationText.locale(), at.atZone(Days.ZONE).toLocalDate()));
    }
}
