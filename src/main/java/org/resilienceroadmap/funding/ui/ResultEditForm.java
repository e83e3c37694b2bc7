package org.resilienceroadmap.funding.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.funding.ProgrammeDetail;
import org.resilienceroadmap.funding.ResultLine;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.shared.error.InvalidRequestException;

/**
 * Changes an outcome's or output's title and assumptions: picking one fills in what it says now; saving
 * names the version it started from, so a change made meanwhile by someone else is refused, not overwritten.
 */
class ResultEditForm extends HorizontalLayout {

    ResultEditForm(ResultsFramework framework, ProgrammeDetail detail, Consumer<Runnable> run) {
        ComboBox<ResultLine> which = new ComboBox<>(getTranslation("funding.result.pick"), detail.results());
        which.setItemLabelGenerator(r -> r.code() + " " + r.title());
        which.setId("revise-result");
        TextField title = new TextField(getTranslation("funding.result.title"));
        title.setWidth("24em");
        title.setId("revise-result-title");
        TextArea assumptions = new TextArea(getTranslation("funding.result.assumptions"));
        assumptions.setMaxLength(2000);
        assumptions.setWidth("24em");
        assumptions.setId("revise-result-assumptions");
        which.addValueChangeListener(e -> {
            title.setValue(e.getValue() == null ? "" : e.getValue().title());
            assumptions.setValue(
                    e.getValue() == null || e.getValue().assumptions() == null
                            ? ""
                            : e.getValue().assumptions());
        });
        Button save = new Button(
                getTranslation("funding.manage.save"),
                e -> run.accept(() -> {
                    if (which.getValue() == null) {
                        throw new InvalidRequestException("result", getTranslation("funding.manage.pickResult"));
                    }
                    String code = which.getValue().code();
                    long version = detail.resultVersions().stream()
                            .filter(v -> v.code().equals(code))
                            .findFirst()
                            .orElseThrow()
                            .version();
                    framework.reviseResult(
                            detail.summary().id(), code, title.getValue(), assumptions.getValue(), version);
                }));
        save.setId("save-result");
        add(which, title, assumptions, save);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }
}
