package org.gelplan.compliance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by the deadline sweep: the criterion was pending when {@code targetDate} passed. Idempotent. */
public record RecordMissedDeadline(@TargetAggregateIdentifier ComplianceId complianceId, String code, LocalDate targetDate) {
}
