package org.gelplan.committee.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/** A meeting (reunión) of a committee, e.g. {@code 86001-R001}; numbered in order of scheduling. */
public record MeetingId(String value) implements NumberedId {

    private static final char LETTER = 'R';

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingId {
        if (!NumberedId.matches(value, LETTER)) {
            throw new IllegalArgumentException("Not a MeetingId, which reads like 86001-R001: " + value);
        }
    }

    public static MeetingId of(String entityCode, int number) {
        return new MeetingId(NumberedId.format(entityCode, LETTER, number, 3));
    }

    /** The id a request names, if it is one; anything else names nothing. */
    public static Optional<MeetingId> parse(String value) {
        return NumberedId.parse(value, LETTER, MeetingId::new);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
