package org.gelplan.plan.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an XLSX workbook laid out as {@link PlanSheets} says into a plan file's tree, remembering
 * the sheet and row of every part so that problems can name them ({@code indicators/5/target.value}).
 */
final class WorkbookReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> places = new HashMap<>();
    private final List<PlanFileProblem> problems = new ArrayList<>();

    private WorkbookReader() {
    }

    static PlanFileSource read(byte[] bytes) {
        WorkbookReader reader = new WorkbookReader();
        ObjectNode tree = NODES.objectNode();
        try (Workbook workbook = open(bytes)) {
            tree.set("plan", reader.plan(workbook));
            for (PlanSheets.Table table : PlanSheets.TABLES) {
                tree.set(table.name(), reader.table(workbook.getSheet(table.name()), table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanFileSource(tree, List.copyOf(reader.problems), reader::locate);
    }

    private static Workbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException notAWorkbook) {
            throw new UnreadablePlanFile("xlsx");
        }
    }

    private ObjectNode plan(Workbook workbook) {
        ObjectNode plan = NODES.objectNode();
        Sheet fields = workbook.getSheet(PlanSheets.PLAN);
        if (fields == null) {
            return plan;
        }
        for (Row row : fields) {
            String field = WorkbookCells.text(row.getCell(0));
            if (row.getRowNum() == 0 || field.isBlank()) {
                continue;
            }
            places.put("/plan/" + field.replace('.', '/'), PlanSheets.PLAN + "/" + (row.getRowNum() + 1));
            JsonNode value = value(row.getCell(1), PlanSheets.PLAN_LISTS.contains(field), "/plan/" + field.replace('.', '/'));
            if (value != null) {
                WorkbookCells.put(plan, field, value);
            }
        }
        Sheet answers = workbook.getSheet(PlanSheets.DIAGNOSIS);
        for (Row row : answers == null ? List.<Row>of() : answers) {
            String list = WorkbookCells.text(row.getCell(0));
            if (row.getRowNum() == 0 || list.isBlank()) {
                continue;
            }
            String place = PlanSheets.DIAGNOSIS + "/" + (row.getRowNum() + 1);
            if (!PlanSheets.DIAGNOSIS_LISTS.contains(list)) {
                places.put("/diagnosis/" + row.getRowNum(), place);
                problems.add(PlanFileProblem.of("/diagnosis/" + row.getRowNum() + "/list", "plan-file.unknown-list", list));
                continue;
            }
            ArrayNode entries = plan.withObject("diagnosis").withArray(list);
            String pointer = "/plan/diagnosis/" + list + "/" + entries.size();
            places.put(pointer, place);
            ObjectNode answer = entries.addObject();
            for (int c = 1; c < PlanSheets.DIAGNOSIS_HEADER.size(); c++) {
                JsonNode value = value(row.getCell(c), false, pointer + "/" + PlanSheets.DIAGNOSIS_HEADER.get(c));
                if (value != null) {
                    answer.set(PlanSheets.DIAGNOSIS_HEADER.get(c), value);
                }
            }
        }
        return plan;
    }

    private ArrayNode table(Sheet sheet, PlanSheets.Table table) {
        ArrayNode items = NODES.arrayNode();
        if (sheet == null || sheet.getRow(0) == null) {
            return items;
        }
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(WorkbookCells.text(cell)));
        places.put("/" + table.name() + "/header", table.name() + "/1");
        header.stream().filter(name -> !name.isBlank() && !table.columns().contains(name)).forEach(name ->
                problems.add(PlanFileProblem.of("/" + table.name() + "/header/" + name, "plan-file.unknown-column", name)));
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || WorkbookCells.blank(row)) {
                continue;
            }
            String pointer = "/" + table.name() + "/" + items.size();
            places.put(pointer, table.name() + "/" + (row.getRowNum() + 1));
            ObjectNode item = items.addObject();
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                JsonNode value = table.columns().contains(column)
                        ? value(row.getCell(c), table.lists().contains(column), pointer + "/" + column) : null;
                if (value != null) {
                    WorkbookCells.put(item, column, value);
                }
            }
        }
        return items;
    }

    private JsonNode value(Cell cell, boolean list, String pointer) {
        if (WorkbookCells.isError(cell)) {
            problems.add(PlanFileProblem.of(pointer, "plan-file.invalid-value", pointer.substring(pointer.lastIndexOf('/') + 1)));
            return null;
        }
        return WorkbookCells.value(cell, list);
    }

    /** The sheet and row a pointer of the tree was read from, and the field within the row. */
    private String locate(String pointer) {
        for (String prefix = pointer; !prefix.isEmpty(); prefix = prefix.substring(0, Math.max(prefix.lastIndexOf('/'), 0))) {
            String place = places.get(prefix);
            if (place != null) {
                String rest = pointer.substring(prefix.length());
                return rest.isEmpty() ? place : place + "/" + rest.substring(1).replace('/', '.');
            }
        }
        return YamlPlanFiles.locate(pointer);
    }
}
