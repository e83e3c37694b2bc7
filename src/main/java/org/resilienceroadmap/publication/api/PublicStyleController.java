package org.resilienceroadmap.publication.api;

import java.io.IOException;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages' one stylesheet, served with them (anonymous, cacheable for a day). */
@Controller
class PublicStyleController {

    private static final String MEDIA_TYPE = "text/css;charset=UTF-8";

    @GetMapping("/public/style.css")
    ResponseEntity<byte[]> style() throws IOException {
        byte[] css = new ClassPathResource("publication/public.css").getContentAsByteArray();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header("Content-Type", MEDIA_TYPE)
                .body(css);
    }
}
