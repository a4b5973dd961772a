package org.gelplan.reporting.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gelplan.core.GelTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2009-Q4}. Its days are Colombian days: the quarter ends at the
 * end of its last day in America/Bogota.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 2999) {
            throw new IllegalArgumentException("a quarter is YYYY-Qn with n from 1 to 4: " + year + "-Q" + number);
        }
    }

    @JsonCreator
    public static Quarter parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("a quarter is YYYY-Qn, e.g. 2009-Q4: " + text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** A quarter named in a request path: one that cannot exist is simply not found. */
    public static Quarter fromPath(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new QuarterNotFound(String.valueOf(text));
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The first instant after the quarter, in Colombia. */
    public Instant end() {
        return lastDay().plusDays(1).atStartOfDay(GelTime.ZONE).toInstant();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @JsonValue
    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
