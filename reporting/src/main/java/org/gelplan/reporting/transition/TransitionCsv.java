package org.gelplan.reporting.transition;

import org.gelplan.reporting.quarterly.QuarterlyReport.CriterionLine;
import org.gelplan.reporting.render.CsvTables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipOutputStream;

/** The transition report as a ZIP of CSV tables. */
final class TransitionCsv {

    private TransitionCsv() {
    }

    static byte[] of(TransitionEnvelope envelope, TransitionReport r) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            CsvTables.table(zip, "empalme.csv", List.of("plan", "entidad", "fecha_corte", "generado", "sha256", "criterios_pendientes",
                    "frecuencia_reunion_pct", "asistencia_pct"), List.of(Arrays.asList(r.planId(), r.entity().name(), r.asOf(),
                    envelope.generatedAt(), envelope.sha256(), r.pendingCriteria(), r.meetingFrequencyPercent(),
                    r.attendancePercent())));
            CsvTables.table(zip, "fases.csv", List.of("fase", "nombre", "plazo", "meta_pct", "aplicables", "cumplidos", "vencidos",
                    "cumplimiento_pct", "estado"), r.phases().stream().map(p -> Arrays.<Object>asList(p.code(), p.name(),
                    p.deadline(), p.targetPercent(), p.applicable(), p.fulfilled(), p.overdue(), p.percent(), p.status())).toList());
            List<List<Object>> criteria = new ArrayList<>();
            criteria(criteria, "VENCIDO", r.overdue());
            criteria(criteria, "PROXIMO", r.dueSoon());
            CsvTables.table(zip, "criterios.csv", List.of("situacion", "codigo", "nombre", "fase", "fecha_objetivo", "estado"), criteria);
            CsvTables.table(zip, "decisiones_abiertas.csv", List.of("id", "reunion", "fecha", "texto", "responsable", "vence", "vencida"),
                    r.openDecisions().stream().map(d -> Arrays.<Object>asList(d.id(), d.meetingId(), d.decidedOn(), d.text(),
                            d.responsible(), d.dueDate(), d.overdue())).toList());
            CsvTables.table(zip, "indicadores_en_riesgo.csv", List.of("id", "nombre", "meta", "riesgo", "ultimo_periodo", "logro_pct"),
                    r.indicatorsAtRisk().stream().map(i -> Arrays.<Object>asList(i.indicator().id(), i.indicator().name(),
                            i.indicator().target(), i.risk(), i.indicator().latest() == null ? null : i.indicator().latest().period(),
                            i.indicator().latest() == null ? null : i.indicator().latest().attainmentPercent())).toList());
            CsvTables.improvementPlan(zip, r.improvementPlan());
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void criteria(List<List<Object>> rows, String situation, List<CriterionLine> lines) {
        lines.forEach(c -> rows.add(Arrays.asList(situation, c.code(), c.name(), c.phase(), c.targetDate(), c.detail())));
    }
}
