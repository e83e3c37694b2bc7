package org.resilienceroadmap.shared.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Optimistic concurrency by HTTP alongside the {@code version} field: see {@link HonoursIfMatch} and {@link Versioned}. */
@Configuration
class ConditionalRequests implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IfMatchPrecondition(DefaultConversionService.getSharedInstance()))
                .addPathPatterns("/api/**");
    }
}
