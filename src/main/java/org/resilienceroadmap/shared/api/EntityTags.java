package org.resilienceroadmap.shared.api;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Sends {@code ETag: "<version>"} with every successful answer whose body is {@link Versioned}: a
 * read, and a write that answers the resource as it now is. One advice rather than a header set in
 * each controller, so no read can forget it and the tag cannot drift from the body's version. A read
 * whose {@code If-None-Match} names that tag answers 304 without the body.
 */
@ControllerAdvice
class EntityTags implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof Versioned versioned) || !successful(response)) {
            return body;
        }
        String tag = IfMatch.tag(versioned.version());
        response.getHeaders().setETag(tag);
        if (isRead(request.getMethod()) && unchanged(request.getHeaders().getIfNoneMatch(), tag)) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            flush(response); // no body follows, so the headers would otherwise never be written
            return null;
        }
        return body;
    }

    private static void flush(ServerHttpResponse response) {
        try {
            response.flush();
        } catch (IOException gone) {
            // the client left; there is nothing to answer
        }
    }

    private static boolean successful(ServerHttpResponse response) {
        return !(response instanceof ServletServerHttpResponse servlet)
                || HttpStatus.valueOf(servlet.getServletResponse().getStatus()).is2xxSuccessful();
    }

    private static boolean isRead(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"3"} names version 3 too. */
    private static boolean unchanged(java.util.List<String> ifNoneMatch, String tag) {
        return ifNoneMatch.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(tag));
    }
}
