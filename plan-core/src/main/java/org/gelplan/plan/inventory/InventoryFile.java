package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inventory file (CSV or the first sheet of a workbook) turned into items, or into every problem
 * found, each at {@code inventario/<row>/<column>} as the spreadsheet numbers rows (the header is row 1).
 * Columns, by header name in any order, accents and case ignored: codigo, tipo (trámite/servicio),
 * nombre, dependencia, inscrito, publicado, automatizado, en_linea; dates as {@code 2010-03-31}.
 */
final class InventoryFile {

    static final String SHEET = "inventario";
    static final List<String> COLUMNS = List.of("codigo", "tipo", "nombre", "dependencia", "inscrito", "publicado",
            "automatizado", "en_linea");
    private static final List<String> REQUIRED = List.of("codigo", "tipo", "nombre", "inscrito");
    static final int MAX_ROWS = 5000;

    /** One problem: where, and the message key ({@code problem.<key>.detail}) with its arguments. */
    record Problem(String location, String key, String... arguments) {
    }

    /** What a file held: its items when {@code problems} is empty. */
    record Parsed(List<InventoryItem> items, List<Problem> problems) {
    }

    private InventoryFile() {
    }

    /** @param rows the file's rows as text cells (row 0 the header); dates already ISO text */
    static Parsed parse(List<List<String>> rows, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return new Parsed(List.of(), List.of(new Problem(SHEET + "/1", "inventory-file.no-header")));
        }
        Map<String, Integer> columns = header(rows.get(0));
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(SHEET + "/1/" + required, "inventory-file.missing-column", required));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new Problem(SHEET, "inventory-file.too-many-rows", String.valueOf(MAX_ROWS)));
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<InventoryItem> items = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Row reader = new Row(row, columns, SHEET + "/" + (r + 1) + "/", today, problems);
            int before = problems.size();
            String code = reader.text("codigo", true);
            if (code != null && !InventoryItem.isCode(code)) {
                reader.problem("codigo", "inventory-file.bad-code", code);
            } else if (code != null && codes.putIfAbsent(code, r + 1) != null) {
                reader.problem("codigo", "inventory-file.duplicate-code", code, String.valueOf(codes.get(code)));
            }
            InventoryItemKind kind = reader.kind();
            String name = reader.text("nombre", true);
            String office = reader.text("dependencia", false);
            LocalDate listedOn = reader.date("inscrito", true);
            LocalDate publishedOn = reader.date("publicado", false);
            LocalDate automatedOn = reader.date("automatizado", false);
            LocalDate onlineOn = reader.date("en_linea", false);
            if (problems.size() == before) {
                items.add(new InventoryItem(code, kind, name, office, listedOn, publishedOn, automatedOn, onlineOn));
            }
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(SHEET + "/2", "inventory-file.empty"));
        }
        return new Parsed(items, problems);
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String name = normalized(cells.get(c)).replace(' ', '_');
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, c);
            }
        }
        return columns;
    }

    static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private record Row(List<String> cells, Map<String, Integer> columns, String place, LocalDate today,
                       List<Problem> problems) {

        String text(String column, boolean required) {
            Integer c = columns.get(column);
            String value = c == null || c >= cells.size() ? "" : cells.get(c).strip();
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "inventory-file.required");
                }
                return null;
            }
            if (value.length() > 500) {
                problem(column, "inventory-file.too-long", "500");
                return null;
            }
            return value;
        }

        InventoryItemKind kind() {
            String value = text("tipo", true);
            if (value == null) {
                return null;
            }
            return switch (normalized(value)) {
                case "tramite" -> InventoryItemKind.TRAMITE;
                case "servicio" -> InventoryItemKind.SERVICIO;
                default -> {
                    problem("tipo", "inventory-file.bad-kind", value);
                    yield null;
                }
            };
        }

        LocalDate date(String column, boolean required) {
            String value = text(column, required);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isAfter(today)) {
                    problem(column, "inventory-file.date-in-future", value);
                }
                return date;
            } catch (DateTimeParseException e) {
                problem(column, "inventory-file.bad-date", value);
                return null;
            }
        }

        void problem(String column, String key, String... arguments) {
            problems.add(new Problem(place + column, key, arguments));
        }
    }
}
