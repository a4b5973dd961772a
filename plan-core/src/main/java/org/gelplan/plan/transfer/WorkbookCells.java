package org.gelplan.plan.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.math.BigDecimal;

/**
 * What a workbook cell holds, as a value of a plan file's tree: numbers exactly as Excel shows them
 * ({@code 90}, not {@code 90.0}), dates typed as dates as ISO text, a list cell as one entry per line.
 */
final class WorkbookCells {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WorkbookCells() {
    }

    static boolean isError(Cell cell) {
        return cell != null && type(cell) == CellType.ERROR;
    }

    /** The cell's value; {@code null} for a blank cell. */
    static JsonNode value(Cell cell, boolean list) {
        if (cell == null) {
            return null;
        }
        if (list) {
            ArrayNode lines = NODES.arrayNode();
            text(cell).lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
            return lines;
        }
        return switch (type(cell)) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? NODES.textNode(cell.getLocalDateTimeCellValue().toLocalDate().toString())
                    : NODES.numberNode(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
            case BOOLEAN -> NODES.booleanNode(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue().isBlank() ? null : NODES.textNode(cell.getStringCellValue());
            default -> null;
        };
    }

    /** Sets a dotted field ({@code target.value}) of an object, creating the objects on the way. */
    static void put(ObjectNode node, String dotted, JsonNode value) {
        int dot = dotted.indexOf('.');
        if (dot < 0) {
            node.set(dotted, value);
        } else {
            put(node.withObject(dotted.substring(0, dot)), dotted.substring(dot + 1), value);
        }
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }
}
