package org.resilienceroadmap.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.hub.HubDetail;
import org.resilienceroadmap.hub.HubService;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** The chair changes a returned application and sends it again, or (with {@code ?renew}) applies for renewal. */
@Route("hubs/:id/edit")
@PermitAll
class HubChangeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HubService hubs;
    private String title = "";

    HubChangeView(HubService hubs) {
        this.hubs = hubs;
        setMaxWidth("50em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            Long id = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            boolean renew =
                    event.getLocation().getQueryParameters().getParameters().containsKey("renew");
            HubDetail detail = hubs.detail(id);
            title = getTranslation(renew ? "hub.renew" : "hub.revise") + ": "
                    + detail.hub().names().in(getLocale());
            H1 heading = new H1(title);
            heading.setId("hub-form-title");
            add(heading);
            if (renew ? !detail.mayRenew() : !detail.mayRevise()) {
                add(new com.vaadin.flow.component.html.Paragraph(getTranslation("hub.notAllowed")));
                return;
            }
            HubForm form = new HubForm(hubs.supportableCities(detail.hub().jurisdictionId()), detail.commitments());
            Button send = new Button(
                    getTranslation(renew ? "hub.renew" : "hub.resend"), e -> send(id, renew, form, detail.version()));
            send.setId("hub-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(form, send);
        } catch (NumberFormatException | NotFoundException e) {
            add(new H1(getTranslation("hub.notFound")));
        }
    }

    private void send(Long id, boolean renew, HubForm form, long version) {
        new FormErrors().attempt(() -> {
            HubDetail sent = renew
                    ? hubs.applyForRenewal(id, form.commitments(), version)
                    : hubs.revise(id, form.commitments(), version);
            Notifications.success(getTranslation("hub.sent", sent.hub().names().in(getLocale())));
            getUI().ifPresent(ui -> ui.navigate("hubs/" + id));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
