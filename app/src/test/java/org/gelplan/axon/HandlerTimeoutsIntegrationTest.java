package org.gelplan.axon;

import org.axonframework.springboot.TimeoutProperties;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event handlers are not timed one call at a time (a stack trace and a scheduled task per event), but what
 * runs them still is: a processor's batch, and every command (application.yml, ADR 0018 addendum).
 */
class HandlerTimeoutsIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    TimeoutProperties timeouts;

    @Test
    void eventHandlerCallsAreNotTimedButProcessorBatchesAndCommandsAre() {
        assertThat(timeouts.isEnabled()).isTrue();
        assertThat(timeouts.getHandler().getEvents().getTimeoutMs()).isNegative();
        assertThat(timeouts.getHandler().getEvents().getWarningThresholdMs()).isNegative();
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
        assertThat(timeouts.getHandler().getCommands().getTimeoutMs()).isPositive();
    }
}
