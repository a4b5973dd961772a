package org.gelplan.security;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's own observations (one per filter of the chain, per authentication, per authorization) are
 * off, while requests are still observed (application.yml; BENCHMARKS.md, session 7).
 */
class SecurityObservationsIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void securityFiltersAreNotObservedButRequestsAre() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authentications", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isFalse();
    }
}
