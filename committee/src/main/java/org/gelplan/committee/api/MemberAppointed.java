package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Someone was appointed to the committee.
 *
 * <p>For the plan: from {@code effectiveOn} on they hold their roles and, if a member, count in the
 * quorum base. For an auditor: why (e.g. the change of administration), and who recorded it.
 */
@Revision("1")
public record MemberAppointed(CommitteeId committeeId, Member member, LocalDate effectiveOn, String reason) {
}
