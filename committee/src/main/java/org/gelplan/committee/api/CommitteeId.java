package org.gelplan.committee.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * The committee of a territorial entity, e.g. {@code committee-86001}: one per entity. The prefix keeps
 * it apart from plan ids ({@code 86001-2009}), since aggregate ids are unique across all aggregate types.
 */
public record CommitteeId(String value) {

    private static final String PREFIX = "committee-";
    private static final Pattern ENTITY_CODE = Pattern.compile("\\d{2}|\\d{5}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CommitteeId {
        if (value == null || !value.startsWith(PREFIX) || !isEntityCode(value.substring(PREFIX.length()))) {
            throw new IllegalArgumentException("A committee id is committee- and a DANE code, e.g. committee-86001: " + value);
        }
    }

    public static CommitteeId of(String entityCode) {
        return new CommitteeId(PREFIX + entityCode);
    }

    /** The committee of the entity named in a request path; a malformed code names no committee. */
    public static CommitteeId forEntity(String entityCode) {
        if (!isEntityCode(entityCode)) {
            throw new CommitteeNotFound(String.valueOf(entityCode));
        }
        return of(entityCode);
    }

    public static boolean isEntityCode(String code) {
        return code != null && ENTITY_CODE.matcher(code).matches();
    }

    /** The DANE code of the entity whose committee this is. */
    public String entityCode() {
        return value.substring(PREFIX.length());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
