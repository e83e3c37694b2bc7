package org.resilienceroadmap.action.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/**
 * Who reviews the strategy's proposed actions besides its chairs: the chair picks members of the
 * working group by name and saves; everyone else reads the names.
 */
class ReviewersPanel extends VerticalLayout {

    ReviewersPanel(ActionPlanReviews reviews, ActionOptions options, Long strategyId) {
        setPadding(false);
        setId("action-reviewers");
        add(new H3(getTranslation("action.reviewers.title")), new Paragraph(getTranslation("action.reviewers.help")));
        List<String> named = reviews.reviewers(strategyId);
        if (!reviews.mayNameReviewers(strategyId)) {
            Map<String, String> names = options.names(named);
            Span list = new Span(
                    named.isEmpty()
                            ? getTranslation("action.reviewers.none")
                            : getTranslation("action.reviewers.named", String.join(", ", names.values())));
            list.setId("reviewers-list");
            add(list);
            return;
        }
        Map<String, String> group = options.of(strategyId).owners();
        MultiSelectComboBox<String> pick = new MultiSelectComboBox<>(getTranslation("action.reviewers.pick"));
        pick.setId("reviewers-pick");
        pick.setWidth("30em");
        pick.setItems(new ArrayList<>(group.keySet()));
        pick.setItemLabelGenerator(u -> group.getOrDefault(u, u));
        pick.setValue(new LinkedHashSet<>(named));
        Button save = new Button(getTranslation("action.reviewers.save"), e -> {
            new FormErrors().attempt(() -> {
                reviews.nameReviewers(
                        strategyId,
                        group.keySet().stream()
                                .filter(pick.getValue()::contains)
                                .toList());
                Notifications.success(getTranslation("action.reviewers.saved"));
            });
        });
        save.setId("reviewers-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(pick, save);
    }
}
