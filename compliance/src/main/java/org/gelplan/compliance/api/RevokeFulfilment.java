package org.gelplan.compliance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a recorded fulfilment that turned out not to hold, saying why. */
public record RevokeFulfilment(@TargetAggregateIdentifier ComplianceId complianceId, String code, String reason) {
}
