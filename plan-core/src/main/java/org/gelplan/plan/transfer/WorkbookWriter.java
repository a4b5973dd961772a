package org.gelplan.plan.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Writes a plan file as an XLSX workbook laid out as {@link PlanSheets} says. */
final class WorkbookWriter {

    static final ObjectMapper TREES = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private WorkbookWriter() {
    }

    static byte[] write(PlanFile file) {
        JsonNode tree = TREES.valueToTree(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet plan = sheet(workbook, PlanSheets.PLAN, PlanSheets.PLAN_HEADER);
            List<String[]> fields = new ArrayList<>();
            flatten(tree.get("plan"), "", fields);
            for (String[] field : fields) {
                Row row = plan.createRow(plan.getLastRowNum() + 1);
                row.createCell(0).setCellValue(field[0]);
                cell(row, 1, tree.get("plan").at(field[1]));
            }
            Sheet diagnosis = sheet(workbook, PlanSheets.DIAGNOSIS, PlanSheets.DIAGNOSIS_HEADER);
            for (String list : PlanSheets.DIAGNOSIS_LISTS) {
                for (JsonNode answer : tree.at("/plan/diagnosis/" + list)) {
                    Row row = diagnosis.createRow(diagnosis.getLastRowNum() + 1);
                    row.createCell(0).setCellValue(list);
                    cell(row, 1, answer.path("code"));
                    cell(row, 2, answer.path("answer"));
                    cell(row, 3, answer.path("targetDate"));
                }
            }
            for (PlanSheets.Table table : PlanSheets.TABLES) {
                Sheet sheet = sheet(workbook, table.name(), table.columns());
                for (JsonNode item : tree.path(table.name())) {
                    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                    for (int c = 0; c < table.columns().size(); c++) {
                        cell(row, c, item.at("/" + table.columns().get(c).replace('.', '/')));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan section's fields as (dotted name, JSON pointer) pairs; the diagnosis answers have a sheet of their own. */
    private static void flatten(JsonNode node, String path, List<String[]> fields) {
        if (PlanSheets.DIAGNOSIS_LISTS.stream().anyMatch(list -> path.equals("diagnosis." + list))) {
            return;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> flatten(node.get(name), path.isEmpty() ? name : path + "." + name, fields));
        } else {
            fields.add(new String[]{path, "/" + path.replace('.', '/')});
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> header) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            row.createCell(c).setCellValue(header.get(c));
        }
        return sheet;
    }

    private static void cell(Row row, int column, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value.isNumber()) {
            cell.setCellValue(value.doubleValue());
        } else if (value.isBoolean()) {
            cell.setCellValue(value.booleanValue());
        } else if (value.isArray()) {
            cell.setCellValue(StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining("\n")));
        } else {
            cell.setCellValue(value.asText());
        }
    }
}
