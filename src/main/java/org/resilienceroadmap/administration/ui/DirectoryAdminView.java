package org.resilienceroadmap.administration.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.administration.DirectoryAdministration;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;

/** The admin's page for the directory: new jurisdictions and new accounts. */
@Route("admin/directory")
@Menu(order = 9, title = "nav.admin", icon = "vaadin:cog")
@RolesAllowed("ADMIN")
class DirectoryAdminView extends VerticalLayout implements HasDynamicTitle {

    DirectoryAdminView(
            DirectoryAdministration administration,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes) {
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        AccountsPanel accounts = new AccountsPanel(administration, jurisdictions, programmes);
        tabs.add(getTranslation("admin.accounts"), accounts);
        tabs.add(
                getTranslation("admin.jurisdictions"),
                new JurisdictionForm(administration, jurisdictions, accounts::refreshJurisdictions));
        add(new H1(getTranslation("nav.admin")), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin");
    }
}
