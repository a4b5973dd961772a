package org.gelplan.core;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The territorial entities a user acts for: municipalities by their 5-digit DANE code
 * ({@code 86001}), whole departments by their 2-digit code ({@code 86}, every municipality whose
 * code starts with it), or {@code *} for the national programme. An empty scope covers nothing.
 */
public record EntityScope(Set<String> entries) {

    public static final String NATIONAL = "*";
    private static final Pattern ENTRY = Pattern.compile("\\*|\\d{2}|\\d{5}");
    private static final Pattern DANE_CODE = Pattern.compile("\\d{2}|\\d{5}");

    public EntityScope {
        if (entries == null) {
            throw new IllegalArgumentException("entity scope entries must not be null");
        }
        for (String entry : entries) {
            if (entry == null || !ENTRY.matcher(entry).matches()) {
                throw new IllegalArgumentException(
                        "entity scope entry must be '*', a 2-digit department or a 5-digit municipality DANE code: "
                                + entry);
            }
        }
        entries = Set.copyOf(entries);
    }

    public static EntityScope of(String... entries) {
        return new EntityScope(Set.of(entries));
    }

    public static EntityScope national() {
        return of(NATIONAL);
    }

    public static EntityScope none() {
        return new EntityScope(Set.of());
    }

    /**
     * Whether this scope reaches the entity with the given DANE code: a municipality ({@code 86001})
     * or a department ({@code 86}, covered only by {@code 86} itself or {@code *}). Malformed codes
     * are covered by nothing, so a hostile path segment never widens a scope.
     */
    public boolean covers(String daneCode) {
        if (daneCode == null || !DANE_CODE.matcher(daneCode).matches()) {
            return false;
        }
        return entries.contains(NATIONAL)
                || entries.contains(daneCode)
                || (daneCode.length() == 5 && entries.contains(daneCode.substring(0, 2)));
    }

    public boolean isNational() {
        return entries.contains(NATIONAL);
    }

    /** The entries in a stable order, comma-separated, e.g. {@code 86,86001}. */
    @Override
    public String toString() {
        return String.join(",", new TreeSet<>(entries));
    }

    /** Reads {@link #toString()}'s form back; blanks around entries are ignored. */
    public static EntityScope parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return none();
        }
        return new EntityScope(Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .collect(Collectors.toSet()));
    }
}
