package org.gelplan.committee.api;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An id numbered within one committee, readable and deterministic: the entity's DANE code, a letter
 * for the kind of thing and its number in order of recording, e.g. {@code 86001-M01} (member),
 * {@code 86001-R001} (reunión), {@code 86001-D001} (decision).
 */
public interface NumberedId {

    Pattern FORMAT = Pattern.compile("(\\d{2}|\\d{5})-([A-Z])(\\d{2,6})");

    String value();

    /** The DANE code of the entity whose committee numbered it. */
    default String entityCode() {
        return value().substring(0, value().indexOf('-'));
    }

    /** Its number in the committee's order of recording, from 1. */
    default int number() {
        return Integer.parseInt(value().substring(value().indexOf('-') + 2));
    }

    static String format(String entityCode, char letter, int number, int digits) {
        if (!CommitteeId.isEntityCode(entityCode) || number < 1) {
            throw new IllegalArgumentException("cannot number " + letter + number + " for entity " + entityCode);
        }
        return entityCode + "-" + letter + String.format("%0" + digits + "d", number);
    }

    static boolean matches(String value, char letter) {
        Matcher matcher = FORMAT.matcher(value == null ? "" : value);
        return matcher.matches() && matcher.group(2).charAt(0) == letter && Integer.parseInt(matcher.group(3)) > 0;
    }

    /** The id a request names within an entity's committee; anything else names nothing there. */
    static <T extends NumberedId> T named(String value, String entityCode, char letter, Function<String, T> constructor,
                                          Function<String, ? extends RuntimeException> notFound) {
        if (!matches(value, letter) || !value.startsWith(entityCode + "-")) {
            throw notFound.apply(String.valueOf(value));
        }
        return constructor.apply(value);
    }
}
