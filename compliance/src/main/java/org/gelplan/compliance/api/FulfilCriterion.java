package org.gelplan.compliance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that a criterion was fulfilled on a day (its effective date), with the evidence that proves it. */
public record FulfilCriterion(@TargetAggregateIdentifier ComplianceId complianceId, String code,
                              LocalDate fulfilledOn, Evidence evidence) {
}
