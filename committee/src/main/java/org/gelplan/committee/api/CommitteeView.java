package org.gelplan.committee.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An entity's committee as of a day: every appointment ever made, and who was on it that day.
 *
 * @param members          every appointment in order of appointment, with its dates
 * @param currentMembers   the voting members on {@code asOf}: the quorum base of that day
 * @param invitees         the invitees on {@code asOf} (no vote, not in the quorum base)
 * @param leader           the leader on {@code asOf}, if any
 * @param controlInterno   the control interno responsible on {@code asOf}, if any
 */
public record CommitteeView(String committeeId, String entityCode, LocalDate constitutedOn, String act, LocalDate asOf,
                            List<MemberView> members, List<MemberView> currentMembers, List<MemberView> invitees,
                            MemberView leader, MemberView controlInterno) {
}
