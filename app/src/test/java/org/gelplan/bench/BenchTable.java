package org.gelplan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The harness's results: one row per path with its rate, its baseline's rate and their ratio. */
final class BenchTable {

    record Row(String path, String storeSize, double rate, String unit, String baseline, double baselineRate,
               String target) {

        double ratio() {
            return baselineRate == 0 ? Double.NaN : rate / baselineRate;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        System.out.println("[bench] " + format(row));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Measured ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(" UTC on ").append(machine()).append("\n\n");
        out.append("| path | stored events | rate | baseline (same run) | baseline rate | ratio | target |\n");
        out.append("|---|---:|---:|---|---:|---:|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.path()).append(" | ").append(row.storeSize()).append(" | ")
                    .append(number(row.rate())).append(' ').append(row.unit()).append(" | ").append(row.baseline())
                    .append(" | ").append(number(row.baselineRate())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", row.ratio())).append(" | ").append(row.target())
                    .append(" |\n");
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    }

    private static String format(Row row) {
        return String.format(Locale.ROOT, "%-55s %8s %10.1f %-10s vs %-45s %10.1f ratio %.2f", row.path(),
                row.storeSize(), row.rate(), row.unit(), row.baseline(), row.baselineRate(), row.ratio());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }

    static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " (" + host + ", JVM "
                + ManagementFactory.getRuntimeMXBean().getName() + ")";
    }
}
