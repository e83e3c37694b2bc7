package org.resilienceroadmap.hub.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.hub.HubCommitments;
import org.resilienceroadmap.hub.HubLine;
import org.resilienceroadmap.hub.HubTopic;

/** The commitments and qualifications of a hub application, filled in or changed; the service checks them. */
class HubForm extends VerticalLayout {

    final MultiSelectComboBox<HubLine.SupportedCity> cities = new MultiSelectComboBox<>();
    final CheckboxGroup<HubTopic> topics = new CheckboxGroup<>();
    final Checkbox goodPractice = new Checkbox();
    final Checkbox financedInitiative = new Checkbox();
    final Checkbox knowledgeTools = new Checkbox();
    final Checkbox cityExchange = new Checkbox();
    final TextArea statement = new TextArea();
    final BigDecimalField investment = new BigDecimalField();

    HubForm(List<HubLine.SupportedCity> supportable, HubCommitments current) {
        setPadding(false);
        cities.setLabel(getTranslation("hub.supportedCities"));
        cities.setId("hub-form-cities");
        cities.setItems(supportable);
        cities.setItemLabelGenerator(c -> c.names().in(getLocale()));
        cities.setWidthFull();
        topics.setLabel(getTranslation("hub.commitments"));
        topics.setId("hub-form-topics");
        topics.setItems(HubTopic.values());
        topics.setItemLabelGenerator(t -> getTranslation("hub.topic." + t.name()));
        topics.addThemeName("vertical");
        goodPractice.setLabel(getTranslation("hub.qualification.goodPractice"));
        goodPractice.setId("hub-form-good-practice");
        financedInitiative.setLabel(getTranslation("hub.qualification.financedInitiative"));
        financedInitiative.setId("hub-form-financed");
        knowledgeTools.setLabel(getTranslation("hub.qualification.knowledgeTools"));
        knowledgeTools.setId("hub-form-knowledge");
        cityExchange.setLabel(getTranslation("hub.qualification.cityExchange"));
        cityExchange.setId("hub-form-exchange");
        statement.setLabel(getTranslation("hub.statement"));
        statement.setId("hub-form-statement");
        statement.setMaxLength(4000);
        statement.setWidthFull();
        investment.setLabel(getTranslation("hub.investment"));
        investment.setId("hub-form-investment");
        investment.setHelperText(
                getTranslation("hub.investmentHint", HubText.usd(getLocale(), HubCommitments.MINIMUM_INVESTMENT_USD)));
        if (current != null) {
            cities.setValue(supportable.stream()
                    .filter(c -> current.supportedCityIds().contains(c.id()))
                    .collect(Collectors.toSet()));
            topics.setValue(current.topics());
            goodPractice.setValue(current.goodPractice());
            financedInitiative.setValue(current.financedInitiative());
            knowledgeTools.setValue(current.knowledgeTools());
            cityExchange.setValue(current.cityExchange());
            statement.setValue(current.statement());
            investment.setValue(current.investmentUsd());
        }
        add(
                cities,
                topics,
                new H3(getTranslation("hub.qualifications")),
                goodPractice,
                financedInitiative,
                knowledgeTools,
                cityExchange,
                statement,
                investment);
    }

    HubCommitments commitments() {
        Set<Long> ids =
                cities.getValue().stream().map(HubLine.SupportedCity::id).collect(Collectors.toSet());
        return new HubCommitments(
                ids,
                topics.getValue(),
                goodPractice.getValue(),
                financedInitiative.getValue(),
                knowledgeTools.getValue(),
                cityExchange.getValue(),
                statement.getValue(),
                investment.getValue());
    }
}
