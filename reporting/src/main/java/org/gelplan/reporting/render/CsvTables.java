package org.gelplan.reporting.render;

import org.gelplan.reporting.quarterly.QuarterlyReport.FindingLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.ImprovementPlanSection;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes one CSV table (UTF-8, comma-separated, a header row, empty cells for nulls) into a ZIP. */
public final class CsvTables {

    private CsvTables() {
    }

    public static void table(ZipOutputStream zip, String name, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        for (List<?> row : rows) {
            printer.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
        }
        printer.flush();
        zip.closeEntry();
    }

    /** The plan de mejoramiento as {@code plan_mejoramiento.csv}, for the quarterly and the transition report alike. */
    public static void improvementPlan(ZipOutputStream zip, ImprovementPlanSection plan) throws IOException {
        table(zip, "plan_mejoramiento.csv", Arrays.asList("hallazgo", "tipo", "sujeto", "sujeto_id", "registrado",
                "texto", "hallazgo_abierto", "accion", "descripcion", "responsable", "fecha_apertura", "vence", "estado", "vencida",
                "fecha_cierre", "evidencia_cierre", "archivo_cierre"), improvementRows(plan));
    }

    /** One row per improvement action; a finding or observation without actions gets one row of its own. */
    private static List<List<Object>> improvementRows(ImprovementPlanSection plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (FindingLine f : plan.findings()) {
            List<Object> finding = Arrays.asList(f.id(), f.kind(), f.subjectKind(), f.subjectId(), f.recordedOn(), f.text(), f.open());
            if (f.actions().isEmpty()) {
                rows.add(concat(finding, Arrays.asList("", "", "", "", "", "", "", "", "", "")));
            }
            f.actions().forEach(a -> rows.add(concat(finding, Arrays.asList(a.id(), a.description(), a.responsible(), a.openedOn(),
                    a.dueDate(), a.status(), a.overdue(), text(a.closedOn()), text(a.closureEvidence()), text(a.closureFileId())))));
        }
        return rows;
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
