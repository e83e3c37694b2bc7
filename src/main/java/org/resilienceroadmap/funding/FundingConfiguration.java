package org.resilienceroadmap.funding;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Monthly indicator snapshots run on Spring's scheduler. */
@Configuration
@EnableScheduling
class FundingConfiguration {
}
