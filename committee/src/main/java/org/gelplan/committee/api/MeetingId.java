package org.gelplan.committee.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A meeting (reunión) of a committee, e.g. {@code 86001-R001}; numbered in order of scheduling. */
public record MeetingId(String value) implements NumberedId {

    /** For Bean Validation of ids in request bodies. */
    public static final String REGEXP = "(\\d{2}|\\d{5})-R(?!0+$)\\d{2,6}";
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

    /** The id a request names within that entity's committee; anything else is not found. */
    public static MeetingId named(String entityCode, String value) {
        return NumberedId.named(value, entityCode, LETTER, MeetingId::new, MeetingNotFound::new);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
