package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An appointment ended.
 *
 * <p>For the plan: from {@code effectiveOn} on the person is no longer on the committee, nor in its
 * quorum base. For an auditor: why, and who recorded it; earlier meetings keep their roll calls.
 */
@Revision("1")
public record MemberRemoved(CommitteeId committeeId, MemberId memberId, LocalDate effectiveOn, String reason) {
}
