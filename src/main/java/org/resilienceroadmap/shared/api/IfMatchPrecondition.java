package org.resilienceroadmap.shared.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.resilienceroadmap.shared.error.PreconditionFailedException;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before a write marked {@link HonoursIfMatch} with a {@code current} read runs, compares its
 * {@code If-Match} with the resource's version now, read by that same controller method (so the read
 * checks scope as a GET would): a mismatch is 412 and nothing is read from the body or stored. The
 * version that held is left for {@link IfMatchBody} to give a body that names none. Between this read
 * and the write's own check someone may still save; the write's check then answers 409, as without
 * the header.
 */
class IfMatchPrecondition implements HandlerInterceptor {

    static final String CURRENT = IfMatchPrecondition.class.getName() + ".current";

    private final ConversionService conversion;

    IfMatchPrecondition(ConversionService conversion) {
        this.conversion = conversion;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader(IfMatch.HEADER);
        if (header == null || !(handler instanceof HandlerMethod write)) {
            return true;
        }
        HonoursIfMatch honours = write.getMethodAnnotation(HonoursIfMatch.class);
        if (honours == null || honours.current().isEmpty()) {
            return true;
        }
        Method read = read(write, honours.current());
        Object[] arguments = arguments(read, request);
        if (arguments == null) {
            return true; // a path the write itself refuses as 400
        }
        long current = currentVersion(write.getBean(), read, arguments);
        if (!IfMatch.parse(header).matches(current)) {
            throw new PreconditionFailedException("Someone else changed this since you read it: its version is now "
                    + current + " (ETag " + IfMatch.tag(current) + ", If-Match was " + header.strip()
                    + "). Nothing was saved; read it again and redo your change on top of theirs.");
        }
        request.setAttribute(CURRENT, current);
        return true;
    }

    private static Method read(HandlerMethod write, String name) {
        Class<?> controller = ClassUtils.getUserClass(write.getBeanType());
        return Arrays.stream(controller.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && Versioned.class.isAssignableFrom(m.getReturnType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        controller.getSimpleName() + " has no read " + name + " answering a version"));
    }

    private Object[] arguments(Method read, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Parameter[] parameters = read.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            PathVariable variable = parameters[i].getAnnotation(PathVariable.class);
            String name = variable != null && !variable.value().isEmpty() ? variable.value() : parameters[i].getName();
            String value = variables == null ? null : variables.get(name);
            if (value == null) {
                throw new IllegalStateException(read + " takes " + name + ", which the write's path does not name");
            }
            try {
                arguments[i] = conversion.convert(value, parameters[i].getType());
            } catch (ConversionException e) {
                return null;
            }
        }
        return arguments;
    }

    private static long currentVersion(Object controller, Method read, Object[] arguments) {
        ReflectionUtils.makeAccessible(read);
        try {
            return ((Versioned) read.invoke(controller, arguments)).version();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused; // not found, forbidden: answered as the read would answer them
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
