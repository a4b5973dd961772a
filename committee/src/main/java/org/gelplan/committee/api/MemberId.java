package org.gelplan.committee.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A person's appointment to a committee, e.g. {@code 86001-M01}, numbered in order of appointment (the
 * constitution's members first). Someone appointed again gets a new id, so that every id has one tenure.
 */
public record MemberId(String value) implements NumberedId {

    /** For Bean Validation of ids in request bodies. */
    public static final String REGEXP = "(\\d{2}|\\d{5})-M(?!0+$)\\d{2,6}";
    private static final char LETTER = 'M';

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MemberId {
        if (!NumberedId.matches(value, LETTER)) {
            throw new IllegalArgumentException("Not a MemberId, which reads like 86001-M01: " + value);
        }
    }

    public static MemberId of(String entityCode, int number) {
        return new MemberId(NumberedId.format(entityCode, LETTER, number, 2));
    }

    /** The id a request names within that entity's committee; anything else is not found. */
    public static MemberId named(String entityCode, String value) {
        return NumberedId.named(value, entityCode, LETTER, MemberId::new, MemberNotFound::new);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
