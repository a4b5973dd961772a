package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that an improvement action was carried out, with the evidence of its closure. */
public record CloseImprovementAction(@TargetAggregateIdentifier ImprovementPlanId planId, String actionId,
                                     LocalDate closedOn, ClosureEvidence evidence) {

    /** @param attachmentId an evidence file attached to the finding, or {@code null} */
    public record ClosureEvidence(String description, String attachmentId) {
    }
}
