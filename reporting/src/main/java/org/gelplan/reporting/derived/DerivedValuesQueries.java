package org.gelplan.reporting.derived;

import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.plan.api.DerivedValue;
import org.gelplan.plan.api.FindDerivedValues;
import org.gelplan.plan.api.Periodicity;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the plan's question for a derived indicator's values per period: each computed from the
 * record as it stood at the period's end (or on the as-of day for the running period).
 */
@Component
class DerivedValuesQueries {

    /** Each point is computed from the record as it stood then; the newest 24 periods are enough for a chart. */
    static final int MAX_PERIODS = 24;
    private static final String NOT_YET = "Sin registro del que calcularlo";

    private final DerivedSources sources;

    DerivedValuesQueries(DerivedSources sources) {
        this.sources = sources;
    }

    @QueryHandler
    List<DerivedValue> handle(FindDerivedValues query) {
        List<DerivedValue> values = new ArrayList<>();
        LocalDate asOf = query.asOf();
        if (query.startsOn() == null || query.startsOn().isAfter(asOf) || query.period() == null) {
            return values;
        }
        Periodicity periodicity = query.period();
        List<String> periods = new ArrayList<>();
        for (String period = periodicity.keyOf(query.startsOn()); !periodicity.start(period).isAfter(asOf);
             period = periodicity.next(period)) {
            periods.add(period);
        }
        for (String period : periods.subList(Math.max(0, periods.size() - MAX_PERIODS), periods.size())) {
            LocalDate end = periodicity.end(period).isAfter(asOf) ? asOf : periodicity.end(period);
            BigDecimal value = sources.valueOn(query.planId(), query.source(), end).orElse(null);
            values.add(new DerivedValue(period, end, value, value == null ? NOT_YET : null));
        }
        return values;
    }
}
