package org.gelplan.compliance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gelplan.plan.api.Phase;

/** Sent by the deadline sweep once a phase's deadline (from the plan's catalog) has passed. Idempotent. */
public record RecordPhaseDeadline(@TargetAggregateIdentifier ComplianceId complianceId, Phase phase) {
}
