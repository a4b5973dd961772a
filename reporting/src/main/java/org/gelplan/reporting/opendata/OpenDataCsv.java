package org.gelplan.reporting.opendata;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV, UTF-8, comma-separated, a header row with the column names, CRLF line ends, dates ISO,
 * decimals with a point. A text cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}) is prefixed with an apostrophe.
 */
final class OpenDataCsv {

    private OpenDataCsv() {
    }

    static String write(OpenDataset dataset, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(dataset.columns().stream().map(OpenDataColumn::name).collect(Collectors.joining(","))).append("\r\n");
        for (Map<String, Object> row : rows) {
            csv.append(dataset.columns().stream().map(column -> cell(row.get(column.name()), column.type()))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(Object value, String type) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString();
        if ("string".equals(type) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
