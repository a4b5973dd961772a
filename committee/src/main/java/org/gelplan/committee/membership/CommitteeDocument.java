package org.gelplan.committee.membership;

import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.Member;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.MemberView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One entity's committee, keyed by its DANE code: every appointment with its dates, in order, and when
 * the constitution, each appointment and each removal were recorded, so that the committee "as the record
 * stood" at an instant is answerable too (a removal recorded late was not known before it was recorded).
 * Documents written before the recording times were kept have none: their facts count as always known.
 */
@Document("committees")
record CommitteeDocument(@Id String entityCode, String committeeId, LocalDate constitutedOn, String act,
                         List<MemberView> members, Instant recordedAt, Map<String, Instant> appointmentsRecordedAt,
                         Map<String, Instant> removalsRecordedAt) {

    CommitteeDocument {
        appointmentsRecordedAt = appointmentsRecordedAt == null ? Map.of() : appointmentsRecordedAt;
        removalsRecordedAt = removalsRecordedAt == null ? Map.of() : removalsRecordedAt;
    }

    static CommitteeDocument constituted(String entityCode, String committeeId, LocalDate on, String act, Instant recordedAt) {
        return new CommitteeDocument(entityCode, committeeId, on, act, List.of(), recordedAt, Map.of(), Map.of());
    }

    static MemberView appointment(Member member, LocalDate on, String reason) {
        var a = member.appointee();
        return new MemberView(member.memberId().value(), a.position(), a.personName(), a.roles(), a.voting(), a.note(),
                on, reason, null, null);
    }

    /** Replaces the appointment with the same id, or adds it: handling an event twice changes nothing. */
    CommitteeDocument with(MemberView appointment, Instant recordedAt) {
        List<MemberView> changed = new ArrayList<>(members.stream().filter(m -> !m.id().equals(appointment.id())).toList());
        changed.add(appointment);
        changed.sort(Comparator.comparingInt(m -> new MemberId(m.id()).number()));
        return new CommitteeDocument(entityCode, committeeId, constitutedOn, act, changed, this.recordedAt,
                put(appointmentsRecordedAt, appointment.id(), recordedAt), removalsRecordedAt);
    }

    CommitteeDocument removed(String memberId, LocalDate on, String reason, Instant recordedAt) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .map(m -> new CommitteeDocument(entityCode, committeeId, constitutedOn, act, replaced(removal(m, on, reason)),
                        this.recordedAt, appointmentsRecordedAt, put(removalsRecordedAt, memberId, recordedAt)))
                .orElse(this);
    }

    /** The committee as recorded by {@code knownAt} (null: everything recorded); empty if not yet constituted then. */
    Optional<CommitteeDocument> asKnownAt(Instant knownAt) {
        if (knownAt == null) {
            return Optional.of(this);
        }
        if (recordedAfter(recordedAt, knownAt)) {
            return Optional.empty();
        }
        List<MemberView> known = members.stream()
                .filter(m -> !recordedAfter(appointmentsRecordedAt.get(m.id()), knownAt))
                .map(m -> recordedAfter(removalsRecordedAt.get(m.id()), knownAt) ? removal(m, null, null) : m)
                .toList();
        return Optional.of(new CommitteeDocument(entityCode, committeeId, constitutedOn, act, known, recordedAt,
                appointmentsRecordedAt, removalsRecordedAt));
    }

    CommitteeView view(LocalDate asOf) {
        List<MemberView> onThatDay = members.stream().filter(m -> m.onCommitteeOn(asOf)).toList();
        return new CommitteeView(committeeId, entityCode, constitutedOn, act, asOf, members,
                onThatDay.stream().filter(MemberView::voting).toList(),
                onThatDay.stream().filter(Predicate.not(MemberView::voting)).toList(),
                holder(onThatDay, CommitteeRole.LEADER), holder(onThatDay, CommitteeRole.CONTROL_INTERNO_RESPONSIBLE));
    }

    private List<MemberView> replaced(MemberView changed) {
        return members.stream().map(m -> m.id().equals(changed.id()) ? changed : m).toList();
    }

    private static MemberView removal(MemberView m, LocalDate on, String reason) {
        return new MemberView(m.id(), m.position(), m.name(), m.roles(), m.voting(), m.note(), m.appointedOn(),
                m.appointmentReason(), on, reason);
    }

    private static boolean recordedAfter(Instant recorded, Instant knownAt) {
        return recorded != null && recorded.isAfter(knownAt);
    }

    private static Map<String, Instant> put(Map<String, Instant> times, String key, Instant at) {
        Map<String, Instant> changed = new HashMap<>(times);
        changed.put(key, at);
        return changed;
    }

    private static MemberView holder(List<MemberView> members, CommitteeRole role) {
        return members.stream().filter(m -> m.roles().contains(role)).findFirst().orElse(null);
    }
}
