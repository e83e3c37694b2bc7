package org.resilienceroadmap.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SharedConfiguration {

    /** One clock for the domain, so that tests and the engine can agree on "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
