package org.gelplan.committee.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A decision of a committee, e.g. {@code 86001-D001}; numbered in order of recording, across meetings. */
public record DecisionId(String value) implements NumberedId {

    private static final char LETTER = 'D';

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DecisionId {
        if (!NumberedId.matches(value, LETTER)) {
            throw new IllegalArgumentException("Not a DecisionId, which reads like 86001-D001: " + value);
        }
    }

    public static DecisionId of(String entityCode, int number) {
        return new DecisionId(NumberedId.format(entityCode, LETTER, number, 3));
    }

    /** The id a request names within that entity's committee; anything else is not found. */
    public static DecisionId named(String entityCode, String value) {
        return NumberedId.named(value, entityCode, LETTER, DecisionId::new, DecisionNotFound::new);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
