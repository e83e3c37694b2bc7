package org.resilienceroadmap.hub.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.hub.HubLine;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.i18n.ListWords;

/** How the hub pages write a hub's status, its term, its supported cities and sums for a reader. */
final class HubText {

    private HubText() {}

    /** The reader's locale (a component's own is protected). */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String status(Component c, HubLine hub) {
        return c.getTranslation(hub.renewing() && hub.hub() ? "hub.status.renewing" : "hub.status." + hub.status());
    }

    static String termEnd(Component c, HubLine hub) {
        return hub.termEnd() == null ? c.getTranslation("hub.noTerm") : Days.format(locale(), hub.termEnd());
    }

    static String cities(Component c, List<HubLine.SupportedCity> cities) {
        return ListWords.join(cities.stream().map(s -> s.names().in(locale())).toList(), c.getTranslation("words.and"));
    }

    static String usd(Locale locale, java.math.BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }
}
