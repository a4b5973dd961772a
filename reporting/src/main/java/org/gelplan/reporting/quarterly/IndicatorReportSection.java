package org.gelplan.reporting.quarterly;

import org.gelplan.plan.api.AttainmentPoint;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.IndicatorSummary;
import org.gelplan.plan.api.PeriodStatus;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Target;
import org.gelplan.reporting.quarterly.QuarterlyReport.IndicatorLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.IndicatorPoint;
import org.gelplan.reporting.quarterly.QuarterlyReport.ProgressLine;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measured indicators against their targets by the quarter's end, and the progress of the projects
 * and actions they belong to. Derived indicators are left to the sections they are derived from
 * (phase percentages, the committee's meeting frequency).
 */
@Component
class IndicatorReportSection {

    /** Periods per indicator kept for its trend chart. */
    private static final int RECENT = 8;

    private final ReportSources sources;

    IndicatorReportSection(ReportSources sources) {
        this.sources = sources;
    }

    /**
     * Only periods that ended by {@code asOf} are used; measurements count if recorded by the end of
     * {@code recordedBy} (on or after {@code asOf}).
     */
    List<IndicatorLine> lines(PlanId planId, LocalDate asOf, LocalDate recordedBy) {
        List<IndicatorLine> lines = new ArrayList<>();
        for (IndicatorOverview overview : sources.indicators(planId, asOf)) {
            if (overview.definition().derived() || overview.startsOn() == null || overview.startsOn().isAfter(asOf)) {
                continue;
            }
            List<AttainmentPoint> ended = sources.indicator(planId, overview.id(), recordedBy).map(d -> d.series()).orElse(List.of())
                    .stream().filter(p -> !p.end().isAfter(asOf)).toList();
            IndicatorPoint latest = null;
            int missing = 0;
            for (AttainmentPoint point : ended) {
                if (point.status() == PeriodStatus.MEASURED) {
                    latest = point(point);
                } else {
                    missing++;
                }
            }
            List<IndicatorPoint> recent = ended.subList(Math.max(0, ended.size() - RECENT), ended.size()).stream()
                    .map(IndicatorReportSection::point).toList();
            lines.add(new IndicatorLine(overview.id(), overview.name(), overview.definition().kind().name(),
                    overview.definition().period().name(), targetText(overview.definition().target()), latest, missing, recent));
        }
        return lines;
    }

    List<ProgressLine> projects(PlanId planId, List<IndicatorLine> lines) {
        Map<String, IndicatorLine> byId = byId(lines);
        return sources.projects(planId).stream().map(p -> progress(p.id(), p.name(),
                p.project().phase() == null ? null : p.project().phase().name(), p.indicators(), byId)).toList();
    }

    List<ProgressLine> actions(PlanId planId, List<IndicatorLine> lines) {
        Map<String, IndicatorLine> byId = byId(lines);
        return sources.actions(planId).stream().map(a -> progress(a.id(), a.name(), null, a.indicators(), byId)).toList();
    }

    private static ProgressLine progress(String id, String name, String phase, List<IndicatorSummary> summaries,
                                         Map<String, IndicatorLine> byId) {
        List<IndicatorPoint> latest = summaries.stream().map(s -> byId.get(s.id())).filter(Objects::nonNull)
                .map(IndicatorLine::latest).filter(Objects::nonNull).toList();
        int met = (int) latest.stream().filter(p -> Boolean.TRUE.equals(p.met())).count();
        Double average = latest.stream().map(IndicatorPoint::attainmentPercent).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().map(v -> Math.round(v * 10) / 10.0).boxed()
                .findFirst().orElse(null);
        return new ProgressLine(id, name, phase, summaries.size(), latest.size(), met, average);
    }

    private static Map<String, IndicatorLine> byId(List<IndicatorLine> lines) {
        return lines.stream().collect(Collectors.toMap(IndicatorLine::id, Function.identity()));
    }

    private static IndicatorPoint point(AttainmentPoint p) {
        return new IndicatorPoint(p.period(), p.status().name(), p.value(), p.level(), p.attainmentPercent(), p.met());
    }

    private static String targetText(Target target) {
        if (target == null) {
            return null;
        }
        return target.text() != null ? target.text() : target.value() != null ? target.value().toPlainString() : target.level();
    }
}
