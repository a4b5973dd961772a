package org.gelplan.committee.decision;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.gelplan.committee.api.DecisionCompleted;
import org.gelplan.committee.api.DecisionRecorded;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The decisions read model: one document per decision with the facts recorded (state is judged per
 * day when asked). In the committee processing group; saving by id makes the handlers idempotent.
 */
@Component
@ProcessingGroup("committee")
class DecisionProjection {

    private final DecisionRepository decisions;

    DecisionProjection(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @EventHandler
    void on(DecisionRecorded event, @Timestamp Instant recordedAt) {
        decisions.save(DecisionDocument.of(event, recordedAt));
    }

    @EventHandler
    void on(DecisionCompleted event, @Timestamp Instant recordedAt) {
        decisions.findById(event.decisionId().value())
                .ifPresent(decision -> decisions.save(decision.completed(event, recordedAt)));
    }

    @ResetHandler
    void reset() {
        decisions.deleteAll();
    }
}
