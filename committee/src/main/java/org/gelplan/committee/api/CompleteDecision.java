package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that a decision was carried out, on a day that already happened, with evidence. */
public record CompleteDecision(@TargetAggregateIdentifier CommitteeId committeeId, DecisionId decisionId,
                               LocalDate completedOn, CompletionEvidence evidence) {
}
