package org.resilienceroadmap.gate.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateChecklists;
import org.resilienceroadmap.gate.GateTick;
import org.resilienceroadmap.gate.ItemKind;
import org.resilienceroadmap.gate.ItemState;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.ui.SignedInName;

/** One checklist item: done or open in words, mandatory or not, what was found or the tick and its evidence. */
class ChecklistRow extends Div {

    ChecklistRow(
            GateChecklists checklists,
            Long jurisdictionId,
            Gate gate,
            ItemState item,
            boolean mayTick,
            Runnable reload) {
        setId("gate-item-" + item.spec().code());
        addClassName("gate-item");
        getElement().setAttribute("role", "listitem");
        Span state = new Span(getTranslation(item.done() ? "gate.item.done" : "gate.item.open"));
        state.getElement().getThemeList().add("badge");
        state.getElement()
                .getThemeList()
                .add(item.done() ? "success" : item.spec().mandatory() ? "error" : "contrast");
        state.addClassName("gate-item-state");
        Span label = new Span(" " + label(item) + " ");
        label.addClassName("gate-item-label");
        Span mandatory =
                new Span(getTranslation(item.spec().mandatory() ? "gate.item.mandatory" : "gate.item.optional"));
        mandatory.getElement().getThemeList().add("badge");
        add(state, label, mandatory);
        if (item.fact() != null) {
            Div fact = new Div(new Span(
                    words(new Refusal(item.fact().key(), null, item.fact().args()))));
            fact.addClassName("gate-item-fact");
            add(fact);
        }
        item.tick().ifPresent(tick -> add(tickLine(tick, jurisdictionId)));
        if (item.spec().kind() == ItemKind.MANUAL && mayTick) {
            Button open = new Button(getTranslation(item.done() ? "gate.tick.again" : "gate.tick.button"));
            open.setId("gate-tick-" + item.spec().code());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.addClickListener(e -> {
                open.setVisible(false);
                add(new TickForm(checklists, jurisdictionId, gate, item.spec().code(), reload));
            });
            add(open);
        }
    }

    /** The sentence in the reader's language, people by their display names. */
    private String words(Refusal sentence) {
        SignedInName names =
                UI.getCurrent().getSession().getService().getInstantiator().getOrCreate(SignedInName.class);
        return sentence.in(getLocale(), (key, locale, values) -> getTranslation(locale, key, values), names::of);
    }

    private String label(ItemState item) {
        return item.spec().kind() == ItemKind.MANUAL
                ? item.spec().label()
                : getTranslation("gate.rule." + item.spec().rule().name());
    }

    private Div tickLine(GateTick tick, Long jurisdictionId) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault())
                .format(tick.getTickedAt());
        Div line = new Div(new Span(words(Refusal.of("gate.tick.by", new Refusal.Person(tick.getTickedBy()), when))));
        line.addClassName("gate-item-tick");
        if (tick.getNote() != null) {
            line.add(new Div(new Span(tick.getNote())));
        }
        if (tick.getLink() != null) {
            Anchor link = new Anchor(tick.getLink(), getTranslation("gate.tick.openLink"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            line.add(new Div(link));
        }
        if (tick.getFileId() != null) {
            Anchor file = new Anchor(
                    "api/v1/jurisdictions/" + jurisdictionId + "/gates/evidence/" + tick.getId(),
                    getTranslation("gate.tick.openDocument"));
            file.getElement().setAttribute("router-ignore", true);
            file.setId("gate-evidence-" + tick.getId());
            line.add(new Div(file));
        }
        return line;
    }
}
