package org.resilienceroadmap.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;

/**
 * How a form says why a step was refused, the same way everywhere: a refused value of a field the
 * form shows marks that field with the reason, in the reader's language; any other refusal
 * (a field not on the form, a conflict, a step the reader may not take, something gone) is a notice.
 * <p>
 * Forms bind the service's field names to their components once, then run each step through
 * {@link #attempt(Runnable)}.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, String> notices = new LinkedHashMap<>();

    /** A refused value of {@code name} marks {@code component}. */
    public FormErrors field(String name, HasValidation component) {
        fields.put(name, component);
        return this;
    }

    /**
     * A refused value of {@code name} is a notice in these words rather than the service's: for a
     * value the form cannot mark (an uploaded file) and whose refusal the form words better.
     */
    public FormErrors notice(String name, String text) {
        notices.put(name, text);
        return this;
    }

    /**
     * Runs {@code step} after clearing the marks of an earlier try; a refusal is shown, never thrown.
     *
     * @return whether the step went through
     */
    public boolean attempt(Runnable step) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            step.run();
            return true;
        } catch (InvalidRequestException e) {
            show(e);
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            Notifications.refused(e);
        }
        return false;
    }

    /** Shows a refused value: on its field when the form has one, otherwise as a notice. */
    private void show(InvalidRequestException e) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(Refusals.text(e));
            field.setInvalid(true);
        } else if (e.field() != null && notices.containsKey(e.field())) {
            Notifications.error(notices.get(e.field()));
        } else {
            Notifications.refused(e);
        }
    }
}
