package org.resilienceroadmap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ResilienceRoadmapApplication {
    public static void main(String[] args) {
        SpringApplication.run(ResilienceRoadmapApplication.class, args);
    }
}
