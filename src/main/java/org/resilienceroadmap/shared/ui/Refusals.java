package org.resilienceroadmap.shared.ui;

import com.vaadin.flow.component.UI;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.error.Refused;

/**
 * Why a step was refused, in the reader's language: a service's {@link Refusal} is written from the
 * reader's bundle, people by their display names. Views show this, never an exception's English
 * message, which is the REST API's.
 */
public final class Refusals {

    private Refusals() {}

    /** The sentence for the current page's reader. */
    public static String text(Throwable e) {
        UI ui = UI.getCurrent();
        if (e instanceof Refused refused && refused.refusal() != null && ui != null) {
            // Found as Vaadin finds its own I18NProvider: through the instantiator, i.e. the Spring context.
            SignedInName names = ui.getSession().getService().getInstantiator().getOrCreate(SignedInName.class);
            return refused.refusal()
                    .in(ui.getLocale(), (key, locale, values) -> ui.getTranslation(locale, key, values), names::of);
        }
        if (e instanceof org.springframework.dao.OptimisticLockingFailureException && ui != null) {
            return ui.getTranslation("problem.stale");
        }
        return e.getMessage();
    }
}
