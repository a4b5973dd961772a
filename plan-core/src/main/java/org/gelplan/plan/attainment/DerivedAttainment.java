package org.gelplan.plan.attainment;

import org.gelplan.plan.api.AttainmentPoint;
import org.gelplan.plan.api.DerivedValue;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.PeriodStatus;
import org.gelplan.plan.api.Periodicity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A derived indicator's series judged like a measured one: a computed value counts as the period's
 * value (status MEASURED, the definition says it is derived), a period the record cannot yield is
 * MISSING once ended and OPEN while running. Its history stays empty: nobody entered anything.
 */
public final class DerivedAttainment {

    private DerivedAttainment() {
    }

    public static IndicatorDetail withValues(IndicatorDetail detail, List<DerivedValue> values) {
        IndicatorOverview o = detail.indicator();
        IndicatorDefinition d = o.definition();
        Periodicity periodicity = d.period();
        List<AttainmentPoint> series = new ArrayList<>();
        BigDecimal previous = null;
        AttainmentPoint latest = null;
        int missing = 0;
        PeriodStatus lastEnded = null;
        for (DerivedValue value : values) {
            var start = periodicity.start(value.period());
            var end = periodicity.end(value.period());
            if (end.isBefore(o.asOf())) {
                lastEnded = value.value() == null ? PeriodStatus.MISSING : PeriodStatus.MEASURED;
            }
            if (value.value() == null) {
                PeriodStatus status = end.isBefore(o.asOf()) ? PeriodStatus.MISSING : PeriodStatus.OPEN;
                missing += status == PeriodStatus.MISSING ? 1 : 0;
                series.add(new AttainmentPoint(value.period(), start, end, status, null, null, d.target().value(),
                        d.target().level(), null, null, null, false, null));
                previous = null;
            } else {
                latest = new AttainmentPoint(value.period(), start, end, PeriodStatus.MEASURED, value.value(), null,
                        d.target().value(), d.target().level(), Attainment.percent(d, value.value()),
                        Attainment.met(d, value.value()),
                        previous == null ? null : Attainment.trend(d, previous, value.value()), false, null);
                series.add(latest);
                previous = value.value();
            }
        }
        boolean stale = lastEnded == PeriodStatus.MISSING;
        return new IndicatorDetail(new IndicatorOverview(o.id(), o.name(), d, o.startsOn(), o.asOf(), latest, missing, stale),
                series, detail.history());
    }
}
