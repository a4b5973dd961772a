package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Appoint someone to the committee from a day on (e.g. at the change of administration); answers the new {@link MemberId}. */
public record AppointMember(@TargetAggregateIdentifier CommitteeId committeeId, Appointee appointee, LocalDate effectiveOn,
                            String reason) {
}
