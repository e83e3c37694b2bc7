package org.resilienceroadmap.security.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.resilienceroadmap.security.OrganisationSignIn;
import org.resilienceroadmap.security.SecuritySettings;
import org.resilienceroadmap.security.SignInThrottledException;
import org.resilienceroadmap.shared.ui.LanguageSwitch;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in page; the form posts to Spring Security's login processing, which sends a wrong password
 * back here with {@code ?error} and a sign-in paused after repeated failures with {@code ?locked}. When an
 * organisation's identity provider is configured, a link signs in through it; a refused return comes
 * back with {@code ?organisation=<why>}.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Clock clock;
    private final SecuritySettings settings;

    public LoginView(Clock clock, SecuritySettings settings, OrganisationSignIn organisations) {
        this.clock = clock;
        this.settings = settings;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), form);
        organisations.providers().forEach(provider -> add(organisationLink(provider)));
        add(new LanguageSwitch(locale -> {}));
    }

    /**
     * A plain link, not a route: the browser leaves the app for Spring Security's redirect to the
     * organisation's provider, which the Vaadin router must not try to handle.
     */
    private Anchor organisationLink(OrganisationSignIn.IdentityProvider provider) {
        Anchor link = new Anchor(provider.path(), getTranslation("login.organisation.button", provider.name()));
        link.setRouterIgnore(true);
        link.setId("organisation-sign-in-" + provider.id());
        link.addClassName("organisation-sign-in");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        String refusal = parameters.getOrDefault("organisation", java.util.List.of()).stream()
                .filter(OrganisationSignIn.REFUSALS::contains)
                .findFirst()
                .orElse(null);
        if (refusal != null) {
            i18n.getErrorMessage().setTitle(getTranslation("login.organisation.refused"));
            String value = refusedValue();
            // Named when the refusal is still in the session; a reloaded or shared link no longer names it.
            i18n.getErrorMessage()
                    .setMessage(
                            value.isEmpty() && !refusal.equals("failed")
                                    ? getTranslation("login.organisation." + refusal + ".unnamed")
                                    : getTranslation("login.organisation." + refusal, value));
        } else if (locked) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage()
                    .setMessage(getTranslation(
                            org.resilienceroadmap.shared.i18n.Plurals.key(
                                    "login.locked.message", minutesToWait(), getLocale()),
                            minutesToWait()));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        form.setI18n(i18n);
        form.setError(refusal != null || locked || parameters.containsKey("error"));
    }

    /** The claim's value the provider confirmed, kept with the refusal in the session; empty when gone. */
    private static String refusedValue() {
        VaadinSession session = VaadinSession.getCurrent();
        Object refusal =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return refusal instanceof OAuth2AuthenticationException refused
                        && refused.getError().getDescription() != null
                ? refused.getError().getDescription()
                : "";
    }

    /** From the refusal Spring Security kept in the session; the whole lockout when there is none. */
    private long minutesToWait() {
        VaadinSession session = VaadinSession.getCurrent();
        Object refusal =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        Duration wait = refusal instanceof SignInThrottledException throttled
                ? Duration.between(Instant.now(clock), throttled.retryAfter())
                : settings.lockout();
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
