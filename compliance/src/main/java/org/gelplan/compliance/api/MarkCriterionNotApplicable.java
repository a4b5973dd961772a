package org.gelplan.compliance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Declare that a criterion does not apply to this entity, saying why. */
public record MarkCriterionNotApplicable(@TargetAggregateIdentifier ComplianceId complianceId, String code, String reason) {
}
