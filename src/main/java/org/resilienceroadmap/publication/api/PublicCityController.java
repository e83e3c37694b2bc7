package org.resilienceroadmap.publication.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.resilienceroadmap.publication.PublicCities;
import org.resilienceroadmap.publication.PublicCity;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The public city pages, the only pages anyone reads without signing in: the index of published cities and
 * each published city's page, as HTML (in the visitor's language, or the one a language link chose) and as
 * JSON. Responses may be cached by anyone for a few minutes and carry an ETag; an unknown or unpublished code
 * answers 404 (an HTML page, or problem+json for {@code .json}).
 */
@Controller
class PublicCityController {

    private static final CacheControl CACHEABLE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PublicCities cities;
    private final PublicPageHtml html;
    private final ObjectMapper json;
    private final MessageSource messages;

    PublicCityController(PublicCities cities, PublicPageHtml html, ObjectMapper json, MessageSource messages) {
        this.cities = cities;
        this.html = html;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/public/cities")
    ResponseEntity<byte[]> index(@RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = language(lang, request);
        return cacheable(request, HTML, html.index(cities.index(), locale, request.getContextPath()));
    }

    @GetMapping("/public/cities.json")
    ResponseEntity<byte[]> indexJson(HttpServletRequest request) throws JsonProcessingException {
        return cacheable(request, MediaType.APPLICATION_JSON, json.writeValueAsString(cities.index()));
    }

    @GetMapping("/public/cities/{code}.json")
    ResponseEntity<byte[]> cityJson(@PathVariable String code, HttpServletRequest request)
            throws JsonProcessingException {
        Optional<PublicCity> city = find(code);
        if (city.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, messages.getMessage("public.notFound.text", null, Locale.ENGLISH));
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .cacheControl(CacheControl.noCache())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsBytes(problem));
        }
        return cacheable(request, MediaType.APPLICATION_JSON, json.writeValueAsString(city.get()));
    }

    @GetMapping("/public/cities/{code}")
    ResponseEntity<byte[]> city(
            @PathVariable String code, @RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = language(lang, request);
        return find(code)
                .map(city -> cacheable(request, HTML, html.city(city, locale, request.getContextPath())))
                .orElseGet(() -> notFound(locale, request));
    }

    /** Any other public address: the same not-found page, not the application's sign-in. */
    @GetMapping("/public/**")
    ResponseEntity<byte[]> elsewhere(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return notFound(language(lang, request), request);
    }

    private Optional<PublicCity> find(String code) {
        return CODE.matcher(code).matches() ? cities.page(code) : Optional.empty();
    }

    private ResponseEntity<byte[]> notFound(Locale locale, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noCache())
                .contentType(HTML)
                .body(html.notFound(locale, request.getContextPath()).getBytes(StandardCharsets.UTF_8));
    }

    /** 304 when the visitor holds this very body (the ETag is its digest); the body otherwise. */
    private static ResponseEntity<byte[]> cacheable(HttpServletRequest request, MediaType type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"";
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .cacheControl(CACHEABLE)
                    .eTag(etag)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .build();
        }
        return ResponseEntity.ok()
                .cacheControl(CACHEABLE)
                .eTag(etag)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(type)
                .body(bytes);
    }

    /** The language a link chose, else the first the browser asks for that the pages speak, else English. */
    static Locale language(String lang, HttpServletRequest request) {
        if (lang != null && Languages.tags().contains(lang)) {
            return Languages.of(lang);
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            Locale supported = Languages.of(asked.toLanguageTag());
            if (supported.getLanguage().equals(asked.getLanguage())) {
                return supported;
            }
        }
        return Languages.ENGLISH;
    }
}
