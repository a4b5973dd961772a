package org.gelplan.plan.api;

import java.util.regex.Pattern;

/**
 * The format shared by the readable ids of a plan's projects, actions and indicators: upper-case
 * letters and digits in up to six hyphen-joined parts, at most 40 characters ({@code T1-P06},
 * {@code T7-A1-I1}, {@code 86001-2009-IND-07}). Ids are unique within their plan only, so that an
 * exported plan imports under another entity with the same ids.
 */
public final class ItemIds {

    /** The format as a regular expression, for request validation. */
    public static final String PATTERN = "[A-Z0-9]{1,20}(-[A-Z0-9]{1,20}){0,5}";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);
    private static final int MAX_LENGTH = 40;

    private ItemIds() {
    }

    static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches();
    }

    static void require(String value, String what) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "A " + what + " id is upper-case letters and digits joined by '-', e.g. T7-A1-I1: " + value);
        }
    }
}
