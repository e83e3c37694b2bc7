package org.resilienceroadmap.shared.api;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Query parameters bound to one parameter object answer a value of the wrong form as single
 * parameters do: naming the parameter, never the Java types the conversion failed between.
 */
public final class QueryObjectErrors extends DefaultBindingErrorProcessor {

    private QueryObjectErrors() {}

    /** For a controller's {@code @InitBinder} of its parameter object. */
    public static void apply(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new QueryObjectErrors());
    }

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        String field = ex.getPropertyName();
        String[] codes = bindingResult.resolveMessageCodes(ex.getErrorCode(), field);
        bindingResult.addError(new FieldError(
                bindingResult.getObjectName(),
                field,
                ex.getValue(),
                true,
                codes,
                getArgumentsForBindError(bindingResult.getObjectName(), field),
                "The value of " + field + " has the wrong type or form."));
    }
}
