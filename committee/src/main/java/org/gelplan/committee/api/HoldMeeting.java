package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Record that a scheduled meeting was held; answers its {@link Quorum}.
 *
 * @param present       the roll call: members and invitees present
 * @param delegate      the member presiding for an absent leader, named in the roll call; null otherwise
 * @param agendaCovered the agenda items dealt with; null means the whole scheduled agenda
 * @param documentRef   where the signed minutes are kept (an archive number, or a stored file's id)
 */
public record HoldMeeting(@TargetAggregateIdentifier CommitteeId committeeId, MeetingId meetingId, LocalDate heldOn,
                          List<MemberId> present, MemberId delegate, List<String> agendaCovered, String minutes,
                          String documentRef) {
}
