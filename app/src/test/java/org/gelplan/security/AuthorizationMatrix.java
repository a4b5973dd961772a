package org.gelplan.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gelplan.core.Role;

/**
 * {@code docs/authorization-matrix.csv}, the single source of truth of who may call which endpoint:
 * one row per method and path pattern, a {@code Y} or {@code N} per role and for anonymous citizens.
 */
record AuthorizationMatrix(List<Row> rows) {

    static final String ANONYMOUS = "anonymous";
    static final List<String> COLUMNS = List.of("ADMIN", "COMMITTEE_LEADER", "COMMITTEE_MEMBER", "AUTHOR", "EDITOR",
            "PLANNING", "CONTROL_INTERNO", ANONYMOUS);

    /** @param allowed by column name: each {@link Role} name and {@link #ANONYMOUS} */
    record Row(String method, String path, Map<String, Boolean> allowed, String source) {

        String key() {
            return method + " " + path;
        }

        boolean allows(String who) {
            return allowed.get(who);
        }

        /** Every method but GET; {@code ANY} rows (Spring Boot's error page) are called with GET. */
        boolean changesSomething() {
            return !method.equals("GET") && !method.equals("ANY");
        }
    }

    static AuthorizationMatrix load() {
        Path file = locate();
        try {
            List<Row> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String header = lines.get(0);
            String expected = "method,path," + String.join(",", COLUMNS) + ",source";
            if (!header.equals(expected)) {
                throw new IllegalStateException("header of " + file + " must be " + expected);
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(parse(line));
            }
            return new AuthorizationMatrix(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests run in {@code app/}; the table sits in the repository's {@code docs/}. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("authorization-matrix.csv");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/authorization-matrix.csv not found above " + Path.of("").toAbsolutePath());
    }

    private static Row parse(String line) {
        String[] cells = line.split(",", COLUMNS.size() + 3);
        if (cells.length != COLUMNS.size() + 3) {
            throw new IllegalStateException("authorization matrix row needs " + (COLUMNS.size() + 3) + " cells: " + line);
        }
        Map<String, Boolean> allowed = new TreeMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String cell = cells[i + 2].trim();
            if (!cell.equals("Y") && !cell.equals("N")) {
                throw new IllegalStateException("authorization matrix cells are Y or N: " + line);
            }
            allowed.put(COLUMNS.get(i), cell.equals("Y"));
        }
        return new Row(cells[0].trim(), cells[1].trim(), allowed, cells[COLUMNS.size() + 2].trim());
    }
}
