package org.resilienceroadmap.shared.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.resilienceroadmap.shared.error.PreconditionFailedException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Lets the {@code If-Match} of a {@link HonoursIfMatch} write stand in for the body's {@code version}:
 * a body without one is given the version the header names (or, for {@code *}, the current one
 * {@link IfMatchPrecondition} read); a body whose version the header does not match is refused with
 * 412. Done on the JSON before it is bound, so the writes and their body records stay as they were.
 */
@ControllerAdvice
class IfMatchBody extends RequestBodyAdviceAdapter {

    private final ObjectMapper json;

    IfMatchBody(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasMethodAnnotation(HonoursIfMatch.class)
                && AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        String header = message.getHeaders().getFirst(IfMatch.HEADER);
        if (header == null) {
            return message;
        }
        byte[] body = message.getBody().readAllBytes();
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException unreadable) {
            return replaced(message, body); // refused as unreadable, as without the header
        }
        if (!(tree instanceof ObjectNode object)) {
            return replaced(message, body);
        }
        IfMatch ifMatch = IfMatch.parse(header);
        JsonNode stated = object.get("version");
        if (stated != null && stated.isIntegralNumber()) {
            if (!ifMatch.matches(stated.asLong())) {
                throw new PreconditionFailedException("The body says version " + stated.asLong() + " but If-Match says "
                        + header.strip() + "; send one version, or the same in both.");
            }
            return replaced(message, body);
        }
        if (stated != null && !stated.isNull()) {
            return replaced(message, body); // a version of the wrong type: the usual 400 names it
        }
        Long version = ifMatch.any() ? current() : ifMatch.single();
        if (version == null && !ifMatch.any()) {
            throw new PreconditionFailedException(
                    "If-Match names no version of this resource: send one strong entity tag as the ETag gave it, like \"3\".");
        }
        if (version != null) {
            object.put("version", version);
        }
        return replaced(message, json.writeValueAsBytes(object));
    }

    private static Long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null
                ? null
                : (Long) request.getAttribute(IfMatchPrecondition.CURRENT, RequestAttributes.SCOPE_REQUEST);
    }

    private static HttpInputMessage replaced(HttpInputMessage original, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(original.getHeaders());
        headers.setContentLength(body.length);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
