package org.resilienceroadmap.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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

/** The chair of a stage-C city applies to be a Resilience Hub: the cities it will support, the support, the qualifications. */
@Route("jurisdictions/:id/hub-application")
@PermitAll
class HubApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HubService hubs;
    private String cityName;

    HubApplicationView(HubService hubs) {
        this.hubs = hubs;
        setMaxWidth("50em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            Long id = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            cityName = hubs.cityNames(id).in(getLocale());
            H1 title = new H1(getTranslation("hub.applyTitle", cityName));
            title.setId("hub-form-title");
            add(title);
            if (!hubs.mayApply(id)) {
                Paragraph no = new Paragraph(getTranslation("hub.notAllowed"));
                no.setId("hub-not-allowed");
                add(no);
                return;
            }
            HubForm form = new HubForm(hubs.supportableCities(id), null);
            Button send = new Button(getTranslation("hub.send"), e -> send(id, form));
            send.setId("hub-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(form, send);
        } catch (NumberFormatException | NotFoundException e) {
            add(new H1(getTranslation("jurisdiction.notFound")));
        }
    }

    private void send(Long id, HubForm form) {
        new FormErrors().attempt(() -> {
            HubDetail sent = hubs.apply(id, form.commitments());
            Notifications.success(getTranslation("hub.sent", cityName));
            getUI().ifPresent(ui -> ui.navigate("hubs/" + sent.hub().id()));
        });
    }

    @Override
    public String getPageTitle() {
        return cityName == null ? getTranslation("hub.apply") : getTranslation("hub.applyTitle", cityName);
    }
}
