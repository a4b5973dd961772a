package org.gelplan.axon;

import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code eventProcessors}: {@code DEGRADED} while one of this node's
 * processing groups is failing on an event (retried with back-off, never skipped: ADR 0019), with the group,
 * the event and the error in the details; {@code UP} otherwise. Degraded, not down: the node still takes
 * commands and answers every read model but the stuck one, so a load balancer should keep it while monitoring
 * calls someone; the HTTP status stays 200 ({@code application.yml} places the status between DOWN and UP).
 */
@Component("eventProcessors")
class EventProcessorsHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "an event processor is failing on an event and retrying it");

    private final ProjectionFailures failures;

    EventProcessorsHealth(ProjectionFailures failures) {
        this.failures = failures;
    }

    @Override
    public Health health() {
        Map<String, ProjectionFailures.Failure> standing = failures.standing();
        return standing.isEmpty() ? Health.up().build() : Health.status(DEGRADED).withDetail("failing", standing).build();
    }
}
