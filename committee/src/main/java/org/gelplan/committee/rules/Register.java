package org.gelplan.committee.rules;

import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionNotFound;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingNotFound;
import org.gelplan.committee.api.NumberedId;
import org.gelplan.core.DomainRuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The committee's meetings and decisions on record, by id, in order of recording. */
record Register(Map<String, MeetingState> meetings, Map<String, DecisionState> decisions) {

    static Register empty() {
        return new Register(Map.of(), Map.of());
    }

    MeetingState meeting(MeetingId id) {
        return find(meetings, id, MeetingNotFound::new);
    }

    DecisionState decision(DecisionId id) {
        return find(decisions, id, DecisionNotFound::new);
    }

    MeetingId nextMeetingId(String entityCode) {
        return MeetingId.of(entityCode, meetings.size() + 1);
    }

    DecisionId nextDecisionId(String entityCode) {
        return DecisionId.of(entityCode, decisions.size() + 1);
    }

    /** The day of the most recent meeting held, whatever order meetings were recorded in. */
    Optional<LocalDate> lastHeldOn() {
        return meetings.values().stream().map(MeetingState::heldOn).filter(Objects::nonNull).max(LocalDate::compareTo);
    }

    Register with(MeetingState meeting) {
        Map<String, MeetingState> changed = new LinkedHashMap<>(meetings);
        changed.put(meeting.id().value(), meeting);
        return new Register(changed, decisions);
    }

    Register with(DecisionState decision) {
        Map<String, DecisionState> changed = new LinkedHashMap<>(decisions);
        changed.put(decision.id().value(), decision);
        return new Register(meetings, changed);
    }

    private static <T> T find(Map<String, T> states, NumberedId id, Function<String, DomainRuleViolation> notFound) {
        T state = id == null ? null : states.get(id.value());
        if (state == null) {
            throw notFound.apply(String.valueOf(id));
        }
        return state;
    }
}
