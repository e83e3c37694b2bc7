package org.resilienceroadmap.shared.ui;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The frame of every page after sign-in. The menu is built from the views' {@code @Menu}
 * annotations (their titles are message keys), so the layout never imports a view; features add to
 * the header through {@link NavbarContribution}s.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /** The page's own content, as the one main landmark, so a screen reader can jump past header and menu. */
    private final Main main = new Main();

    public MainLayout(
            AuthenticationContext authentication,
            ApplicationEventPublisher events,
            List<NavbarContribution> contributions,
            SignedInName names) {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout user = new HorizontalLayout();
        user.setAlignItems(HorizontalLayout.Alignment.CENTER);
        user.addClassName("app-user");
        authentication.getPrincipalName().ifPresent(name -> {
            contributions.forEach(contribution -> user.add(contribution.create()));
            Span who = new Span(names.of(name));
            who.setId("current-user");
            // Tests and support staff find the account behind the name here; people read the name.
            who.getElement().setAttribute("data-username", name);
            who.addClassName("app-user-name");
            Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            user.add(who, new LanguageSwitch(locale -> events.publishEvent(new LanguageChosen(locale))), logout);
        });
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, user);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(title);
        addToNavbar(navbar);
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
        main.setId("main-content");
        main.setSizeFull();
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        // The drawer's navigation landmark says what it is, apart from any other navigation on the page.
        nav.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }
}
