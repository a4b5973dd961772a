package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** End an appointment: from {@code effectiveOn} on, that person is no longer on the committee. */
public record RemoveMember(@TargetAggregateIdentifier CommitteeId committeeId, MemberId memberId, LocalDate effectiveOn,
                           String reason) {
}
