package org.gelplan.reporting.opendata;

import org.gelplan.core.GelTime;
import org.gelplan.plan.api.PlanId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open data for citizens, anonymous (Art. 3; issue 12): a plan's compliance per phase and its
 * indicators' attainment as of today, and its published reports' metadata, as
 * {@code compliance|indicators|reports} {@code .csv} or {@code .json},
 * with their columns described at {@code /api/v1/public/open-data/schema} (docs/adr/0009).
 */
@RestController
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataRows rows;
    private final Clock clock;

    OpenDataController(OpenDataRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/api/v1/public/open-data/schema")
    Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("schemaVersion", OpenDataset.SCHEMA_VERSION);
        schema.put("license", "Datos abiertos publicados por la entidad territorial (Resolución, Art. 3)");
        schema.put("csv", "RFC 4180, UTF-8, separador coma, primera fila con los nombres de columna, fechas ISO 8601");
        schema.put("datasets", Arrays.stream(OpenDataset.values()).map(dataset -> Map.of(
                "name", dataset.fileName(), "description", dataset.description(),
                "files", List.of("/api/v1/public/plans/{planId}/open-data/" + dataset.fileName() + ".csv",
                        "/api/v1/public/plans/{planId}/open-data/" + dataset.fileName() + ".json"),
                "columns", dataset.columns())).toList());
        return schema;
    }

    @GetMapping("/api/v1/public/plans/{planId}/open-data/{file}")
    ResponseEntity<?> file(@PathVariable String planId, @PathVariable String file) {
        PlanId id = PlanId.fromPath(planId);
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        OpenDataset dataset = OpenDataset.named(dot < 0 ? file : file.substring(0, dot))
                .filter(found -> format.equals("csv") || format.equals("json"))
                .orElseThrow(() -> new UnknownDataset(file));
        LocalDate asOf = GelTime.today(clock);
        List<Map<String, Object>> data = rows.rows(dataset, id, asOf);
        if (format.equals("json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("dataset", dataset.fileName());
            body.put("schemaVersion", OpenDataset.SCHEMA_VERSION);
            body.put("planId", id.value());
            body.put("asOf", asOf);
            body.put("rows", data);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(id.value() + "-" + dataset.fileName() + ".csv").build().toString())
                .body(OpenDataCsv.write(dataset, data));
    }
}
