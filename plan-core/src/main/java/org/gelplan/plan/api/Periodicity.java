package org.gelplan.plan.api;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an indicator is measured, and the keys that name its periods: {@code 2010-01-15} (day),
 * {@code 2010-W05} (ISO week), {@code 2010-01} (month), {@code 2010-Q1} (quarter), {@code 2010} (year).
 */
public enum Periodicity {
    DAY("(\\d{4})-(\\d{2})-(\\d{2})"),
    WEEK("(\\d{4})-W(\\d{2})"),
    MONTH("(\\d{4})-(\\d{2})"),
    QUARTER("(\\d{4})-Q([1-4])"),
    YEAR("(\\d{4})");

    private final Pattern key;

    Periodicity(String key) {
        this.key = Pattern.compile(key);
    }

    /** The periodicity whose key form this is, if it names a real period. */
    public static Optional<Periodicity> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.parse(key).isPresent()).findFirst();
    }

    public boolean accepts(String key) {
        return parse(key).isPresent();
    }

    /** The first day of the period a key names. @throws IllegalArgumentException if it names no period of this kind */
    public LocalDate start(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException(key + " is not a " + name() + " period"));
    }

    public LocalDate end(String key) {
        return startOfNext(start(key)).minusDays(1);
    }

    public String next(String key) {
        return keyOf(startOfNext(start(key)));
    }

    /**
     * The key of the period that contains a day. Written out by hand, not with {@code String.format}: a
     * quarterly report names every period of every indicator several times, and the formatter's parsing of
     * its pattern was a sixth of the report's CPU (BENCHMARKS.md, session 12).
     */
    public String keyOf(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> digits(day.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
                    + digits(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case MONTH -> digits(day.getYear(), 4) + "-" + digits(day.getMonthValue(), 2);
            case QUARTER -> digits(day.getYear(), 4) + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> digits(day.getYear(), 4);
        };
    }

    private LocalDate startOfNext(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    // as %0<width>d: zero-padded to the width, which a negative number's sign counts in
    private static String digits(int value, int width) {
        String plain = Integer.toString(Math.abs(value));
        int zeros = width - plain.length() - (value < 0 ? 1 : 0);
        return (value < 0 ? "-" : "") + (zeros > 0 ? "0".repeat(zeros) : "") + plain;
    }

    private Optional<LocalDate> parse(String text) {
        Matcher m = text == null ? null : key.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            LocalDate start = switch (this) {
                case DAY -> LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                case WEEK -> week(year, Integer.parseInt(m.group(2)));
                case MONTH -> LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
                case QUARTER -> LocalDate.of(year, 3 * Integer.parseInt(m.group(2)) - 2, 1);
                case YEAR -> LocalDate.of(year, 1, 1);
            };
            return keyOf(start).equals(text) ? Optional.of(start) : Optional.empty();
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static LocalDate week(int year, int week) {
        LocalDate mondayOfWeekOne = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return mondayOfWeekOne.plusWeeks(week - 1L);
    }
}
