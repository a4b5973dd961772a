package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee meeting was scheduled (Tabla 7: the committee meets monthly).
 *
 * <p>For the plan: a meeting expected on {@code scheduledFor} with this agenda. For an auditor:
 * it stays on record whether it is later held or cancelled.
 */
@Revision("1")
public record MeetingScheduled(CommitteeId committeeId, MeetingId meetingId, LocalDate scheduledFor, List<String> agenda) {

    public MeetingScheduled {
        agenda = List.copyOf(agenda);
    }
}
