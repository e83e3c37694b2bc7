/**
 * A city's public accountability page: its chair proposes to publish it, a coordinator approves or
 * declines it in {@code processes/city-publication.bpmn}, and either may withdraw it again. While it is
 * published, anyone reads {@code /public/cities/{code}} (HTML) and {@code /public/cities/{code}.json}:
 * the roadmap stage and its dates, the latest validated scorecard's results per Essential, the adopted
 * strategy and action figures — never people's names nor what is not yet validated or adopted. Its
 * controllers are the only anonymous ones of the application.
 * <p>
 * Public API: {@link org.resilienceroadmap.publication.PublicationService} (propose, withdraw, status),
 * {@link org.resilienceroadmap.publication.PublicCities} (what the public pages show),
 * {@link org.resilienceroadmap.publication.PublicationSteps} (process steps).
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}, and reads
 * {@code assessment}, {@code strategy} and {@code action} through their published-results services.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "action",
            "assessment",
            "directory",
            "security",
            "shared",
            "strategy",
            "workflow",
            "workflow :: ui"
        })
package org.resilienceroadmap.publication;
