package org.gelplan.plan.indicator;

import org.gelplan.plan.api.IndicatorDefinition;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What the Plan aggregate keeps of one indicator to judge its next measurement: the definition,
 * when it starts, and which periods already hold a measurement.
 */
public record IndicatorLedger(IndicatorDefinition definition, LocalDate startsOn, Set<String> measuredPeriods) {

    public IndicatorLedger {
        measuredPeriods = measuredPeriods == null ? Set.of() : Set.copyOf(measuredPeriods);
    }

    public boolean hasMeasured(String period) {
        return measuredPeriods.contains(period);
    }

    public IndicatorLedger measured(String period) {
        Set<String> periods = new HashSet<>(measuredPeriods);
        periods.add(period);
        return new IndicatorLedger(definition, startsOn, periods);
    }
}
