package org.gelplan.plan.attainment;

import org.gelplan.core.GelTime;
import org.gelplan.plan.api.AttainmentPoint;
import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.MeasurementRecord;
import org.gelplan.plan.api.PeriodStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Turns a stored indicator history into what queries answer, as of a day. */
final class IndicatorViews {

    private IndicatorViews() {
    }

    /** As of a day, counting what was recorded by its end, or only by {@code knownAt} when given. */
    static IndicatorDetail detail(IndicatorHistoryDocument document, LocalDate asOf, Instant knownAt) {
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(GelTime.ZONE).toInstant();
        List<MeasurementRecord> history = document.history().stream()
                .filter(entry -> entry.recordedAt().isBefore(endOfDay))
                .filter(entry -> knownAt == null || !entry.recordedAt().isAfter(knownAt)).toList();
        List<AttainmentPoint> series = AttainmentSeries.of(document.definition(), document.startsOn(), history, asOf);
        return new IndicatorDetail(overview(document, asOf, series), series, history);
    }

    static IndicatorOverview overview(IndicatorHistoryDocument document, LocalDate asOf, Instant knownAt) {
        return detail(document, asOf, knownAt).indicator();
    }

    private static IndicatorOverview overview(IndicatorHistoryDocument document, LocalDate asOf,
                                              List<AttainmentPoint> series) {
        AttainmentPoint latest = null;
        AttainmentPoint lastEnded = null;
        int missing = 0;
        for (AttainmentPoint point : series) {
            if (point.status() == PeriodStatus.MEASURED) {
                latest = point;
            }
            if (point.status() == PeriodStatus.MISSING) {
                missing++;
            }
            if (point.end().isBefore(asOf)) {
                lastEnded = point;
            }
        }
        boolean stale = lastEnded != null && lastEnded.status() == PeriodStatus.MISSING;
        return new IndicatorOverview(document.indicatorId(), document.definition().name(), document.definition(),
                document.startsOn(), asOf, latest, missing, stale);
    }
}
