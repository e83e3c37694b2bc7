package org.resilienceroadmap.action.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.shared.Money;

/** How the action pages show dates, money, a status and an overdue flag, in one style. */
final class ActionText {

    private ActionText() {}

    static String date(Locale locale, LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    static String money(Locale locale, Money money) {
        if (money == null || money.amount() == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(money.currency()));
            return format.format(money.amount());
        } catch (IllegalArgumentException | NullPointerException e) {
            return NumberFormat.getNumberInstance(locale).format(money.amount()) + " " + money.currency();
        }
    }

    static Span status(Component where, ActionStatus status) {
        Span badge = new Span(where.getTranslation("action.status." + status));
        badge.getElement().setAttribute("theme", statusTheme(status));
        badge.addClassName("action-status");
        return badge;
    }

    /** The red "Overdue" badge's look. */
    static final String OVERDUE_THEME = "badge error primary";

    /** The badge's look of a status: grey proposed, green done, red cancelled. */
    static String statusTheme(ActionStatus status) {
        return switch (status) {
            case PROPOSED -> "badge contrast";
            case COMPLETED -> "badge success";
            case VERIFIED -> "badge success primary";
            case CANCELLED -> "badge error";
            default -> "badge";
        };
    }

    /** A red "Overdue" badge for an open action past its due date, or null. */
    static Span overdue(Component where, Action action, LocalDate today) {
        if (!action.isOverdue(today)) {
            return null;
        }
        Span badge = new Span(where.getTranslation("action.overdue"));
        badge.getElement().setAttribute("theme", OVERDUE_THEME);
        badge.addClassName("action-overdue");
        return badge;
    }

    static ActionFilter withStatus(ActionFilter f, ActionStatus status, Boolean overdue) {
        return new ActionFilter(
                f.jurisdictionId(),
                f.strategyId(),
                status,
                overdue,
                f.essential(),
                f.hazard(),
                f.owner(),
                f.programmeId());
    }
}
