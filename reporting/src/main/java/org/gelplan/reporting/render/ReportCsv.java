package org.gelplan.reporting.render;

import org.gelplan.reporting.quarterly.QuarterlyReport;
import org.gelplan.reporting.quarterly.QuarterlyReport.CriterionLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.DecisionLine;
import org.gelplan.reporting.quarterly.ReportEnvelope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipOutputStream;

/** A report as a ZIP of CSV tables (UTF-8, comma-separated, one header row each), one per section. */
final class ReportCsv {

    private ReportCsv() {
    }

    static byte[] of(ReportEnvelope envelope, QuarterlyReport r) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            CsvTables.table(zip, "informe.csv", Arrays.asList("plan", "entidad", "resolucion", "trimestre", "fecha_corte", "estado", "version",
                    "generado", "sha256", "ancla_auditoria", "fecha_limite", "tardio"), Arrays.asList(Arrays.asList(r.planId(),
                    r.entity().name(), r.resolution().number(), r.quarter(), r.asOf(), envelope.state(), envelope.version(),
                    envelope.generatedAt(), envelope.sha256(), envelope.anchor() == null ? "" : envelope.anchor().head(),
                    r.dueDate(), envelope.late())));
            CsvTables.table(zip, "fases.csv", Arrays.asList("fase", "nombre", "plazo", "meta_pct", "aplicables", "cumplidos", "vencidos",
                    "cumplimiento_pct", "estado"), r.phases().stream().map(p -> Arrays.<Object>asList(p.code(), p.name(),
                    p.deadline(), p.targetPercent(), p.applicable(), p.fulfilled(), p.overdue(), p.percent(), p.status())).toList());
            List<List<Object>> criteria = new ArrayList<>();
            criteria(criteria, "CUMPLIDO", r.criteria().fulfilled());
            criteria(criteria, "REPROGRAMADO", r.criteria().rescheduled());
            criteria(criteria, "REVOCADO", r.criteria().revoked());
            criteria(criteria, "NO_APLICA", r.criteria().notApplicable());
            criteria(criteria, "VENCIDO", r.criteria().overdue());
            CsvTables.table(zip, "criterios.csv", Arrays.asList("cambio", "codigo", "nombre", "fase", "fecha", "fecha_objetivo", "detalle"), criteria);
            CsvTables.table(zip, "indicadores.csv", Arrays.asList("id", "nombre", "tipo", "periodicidad", "meta", "ultimo_periodo", "valor",
                    "logro_pct", "cumplida", "periodos_sin_medicion"), r.indicators().stream().map(i -> Arrays.asList(i.id(),
                    i.name(), i.kind(), i.period(), text(i.target()), i.latest() == null ? "" : i.latest().period(),
                    i.latest() == null ? "" : text(i.latest().value()), i.latest() == null ? "" : text(i.latest().attainmentPercent()),
                    i.latest() == null ? "" : text(i.latest().met()), (Object) i.missingPeriods())).toList());
            CsvTables.table(zip, "reuniones.csv", Arrays.asList("id", "fecha", "estado", "presentes", "miembros_con_voto", "presentes_con_voto",
                    "quorum", "decisiones"), r.committee().meetings().stream().map(m -> Arrays.<Object>asList(m.id(), m.date(),
                    m.status(), m.present(), m.votingMembers(), m.presentVoting(), text(m.quorum()), m.decisions())).toList());
            List<List<Object>> decisions = new ArrayList<>();
            decisions(decisions, "TOMADA", r.committee().decisionsTaken());
            decisions(decisions, "COMPLETADA", r.committee().decisionsCompleted());
            decisions(decisions, "ABIERTA", r.committee().decisionsOpen());
            CsvTables.table(zip, "decisiones.csv", Arrays.asList("seccion", "id", "reunion", "fecha", "texto", "responsable", "vence", "estado",
                    "completada", "vencida"), decisions);
            List<List<Object>> progress = new ArrayList<>();
            r.projects().forEach(p -> progress.add(Arrays.asList("PROYECTO", p.id(), p.name(), text(p.phase()), p.indicators(),
                    p.measured(), p.met(), text(p.averageAttainment()))));
            r.actions().forEach(p -> progress.add(Arrays.asList("ACCION", p.id(), p.name(), text(p.phase()), p.indicators(),
                    p.measured(), p.met(), text(p.averageAttainment()))));
            CsvTables.table(zip, "avance.csv", Arrays.asList("tipo", "id", "nombre", "fase", "indicadores", "medidos", "cumplidos",
                    "logro_promedio_pct"), progress);
            CsvTables.table(zip, "riesgos.csv", Arrays.asList("tipo", "referencia", "nombre", "vence", "detalle"), r.atRisk().stream()
                    .map(x -> Arrays.asList(x.kind(), x.ref(), x.name(), text(x.dueDate()), text(x.detail()))).toList());
            CsvTables.table(zip, "cambios_retroactivos.csv", Arrays.asList("codigo", "nombre", "tipo", "fecha_efectiva", "registrado",
                    "trimestre_afectado", "detalle"), r.retroactive().changes().stream().map(c -> Arrays.<Object>asList(c.code(),
                    c.name(), c.type(), c.effectiveOn(), c.recordedAt(), c.affectsQuarter(), text(c.detail()))).toList());
            if (r.improvementPlan() != null) {
                CsvTables.improvementPlan(zip, r.improvementPlan());
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void criteria(List<List<Object>> rows, String change, List<CriterionLine> lines) {
        lines.forEach(c -> rows.add(Arrays.asList(change, c.code(), c.name(), c.phase(), text(c.date()), text(c.targetDate()),
                text(c.detail()))));
    }

    private static void decisions(List<List<Object>> rows, String section, List<DecisionLine> lines) {
        lines.forEach(d -> rows.add(Arrays.asList(section, d.id(), text(d.meetingId()), text(d.decidedOn()), text(d.text()),
                text(d.responsible()), text(d.dueDate()), d.status(), text(d.completedOn()), d.overdue())));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
