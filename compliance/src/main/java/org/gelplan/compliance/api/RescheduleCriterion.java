package org.gelplan.compliance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Move a pending criterion's target date, saying why and, optionally, citing the committee decision. */
public record RescheduleCriterion(@TargetAggregateIdentifier ComplianceId complianceId, String code,
                                  LocalDate newTargetDate, String reason, String decisionId) {
}
