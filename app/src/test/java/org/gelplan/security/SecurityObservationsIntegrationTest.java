package org.gelplan.security;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.Filter;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's own observations (one per filter of the chain, per authentication, per authorization) are
 * off, and the chain is not even wrapped in no-op ones, while requests are still observed (application.yml,
 * {@code SecurityConfiguration}; BENCHMARKS.md, sessions 7 and 9).
 */
class SecurityObservationsIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    ObservationRegistry observations;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    @Test
    void securityFiltersAreNotObservedButRequestsAre() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authentications", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isFalse();
    }

    @Test
    void theFilterChainIsNotWrappedInObservations() {
        // the bean is a composite (two, with Spring MVC) around the chain that Spring Security built
        Object chain = securityFilters;
        while (ReflectionUtils.findField(chain.getClass(), "springSecurityFilterChain") != null) {
            chain = ReflectionTestUtils.getField(chain, "springSecurityFilterChain");
        }

        assertThat(ReflectionTestUtils.getField(chain, "filterChainDecorator"))
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }
}
