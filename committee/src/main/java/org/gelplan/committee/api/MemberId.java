package org.gelplan.committee.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/**
 * A person's appointment to a committee, e.g. {@code 86001-M01}, numbered in order of appointment (the
 * constitution's members first). Someone appointed again gets a new id, so that every id has one tenure.
 */
public record MemberId(String value) implements NumberedId {

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

    /** The id a request names, if it is one; anything else names nothing. */
    public static Optional<MemberId> parse(String value) {
        return NumberedId.parse(value, LETTER, MemberId::new);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
