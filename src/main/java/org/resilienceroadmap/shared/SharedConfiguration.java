package org.resilienceroadmap.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** What every module relies on: one clock, and the scheduler that runs periodic work (sign-in records expiring, monthly snapshots). */
@Configuration
@EnableScheduling
class SharedConfiguration {

    /** One clock for the domain, so that tests and the engine can agree on "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
