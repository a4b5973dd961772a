package org.gelplan.reporting.render;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
}
