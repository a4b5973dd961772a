package org.gelplan.plan.attainment;

import org.gelplan.plan.api.AttainmentPoint;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.MeasurementRecord;
import org.gelplan.plan.api.PeriodStatus;
import org.gelplan.plan.api.Periodicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator's attainment series: one point per period from the one holding its start to the one
 * holding the as-of day. A period that ended without a measurement is MISSING (never zero); the
 * running one without a measurement is OPEN. A period's latest entry (measurement or correction) is
 * its value.
 */
final class AttainmentSeries {

    private AttainmentSeries() {
    }

    /** @param history entries recorded by the as-of day, oldest first */
    static List<AttainmentPoint> of(IndicatorDefinition d, LocalDate startsOn, List<MeasurementRecord> history,
                                    LocalDate asOf) {
        if (d.derived() || asOf.isBefore(startsOn)) {
            return List.of();
        }
        Map<String, MeasurementRecord> latest = new HashMap<>();
        history.forEach(entry -> latest.put(entry.period(), entry));
        Periodicity periodicity = d.period();
        List<AttainmentPoint> series = new ArrayList<>();
        BigDecimal previous = null;
        for (String key = periodicity.keyOf(startsOn); !periodicity.start(key).isAfter(asOf); key = periodicity.next(key)) {
            MeasurementRecord entry = latest.get(key);
            LocalDate start = periodicity.start(key);
            LocalDate end = periodicity.end(key);
            if (entry == null) {
                PeriodStatus status = end.isBefore(asOf) ? PeriodStatus.MISSING : PeriodStatus.OPEN;
                series.add(new AttainmentPoint(key, start, end, status, null, null, d.target().value(),
                        d.target().level(), null, null, null, false, null));
                previous = null;
            } else {
                BigDecimal score = Attainment.score(d, entry.measurement().value(), entry.measurement().level());
                series.add(new AttainmentPoint(key, start, end, PeriodStatus.MEASURED, entry.measurement().value(),
                        entry.measurement().level(), d.target().value(), d.target().level(), Attainment.percent(d, score),
                        Attainment.met(d, score), previous == null ? null : Attainment.trend(d, previous, score),
                        entry.correction(), entry.reason()));
                previous = score;
            }
        }
        return series;
    }
}
