package org.gelplan.reporting.derived;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.Periodicity;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Target;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's derived indicators (Tabla 7: % of criteria per phase, committee meeting frequency...)
 * with their values per period, computed from the events' read models, beside the measured ones.
 */
@RestController
class DerivedIndicatorsController {

    /** Each point is computed from the record as it stood then; the newest 24 periods are enough for a chart. */
    private static final int MAX_PERIODS = 24;
    private static final String NOT_YET = "Sin registro del que calcularlo todavía (inventario de trámites y servicios)";

    private final QueryGateway queries;
    private final DerivedSources sources;
    private final Clock clock;

    DerivedIndicatorsController(QueryGateway queries, DerivedSources sources, Clock clock) {
        this.queries = queries;
        this.sources = sources;
        this.clock = clock;
    }

    @GetMapping("/api/v1/plans/{planId}/derived-indicators")
    List<DerivedIndicator> derived(@PathVariable String planId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PlanId id = PlanId.inCallersScope(planId);
        LocalDate day = asOf == null ? GelTime.today(clock) : asOf;
        List<IndicatorOverview> indicators = QueryResults.await(queries.query(new ListIndicators(id, day),
                ResponseTypes.multipleInstancesOf(IndicatorOverview.class)));
        return indicators.stream().filter(i -> i.definition().derived())
                .map(i -> new DerivedIndicator(i.id(), i.name(), i.definition().source(), i.definition().period(),
                        i.definition().target(), series(id, i, day)))
                .toList();
    }

    private List<DerivedPoint> series(PlanId planId, IndicatorOverview indicator, LocalDate asOf) {
        Periodicity periodicity = indicator.definition().period();
        String source = indicator.definition().source();
        Target target = indicator.definition().target();
        List<DerivedPoint> points = new ArrayList<>();
        if (indicator.startsOn() == null || indicator.startsOn().isAfter(asOf)) {
            return points;
        }
        List<String> periods = new ArrayList<>();
        for (String period = periodicity.keyOf(indicator.startsOn()); !periodicity.start(period).isAfter(asOf);
             period = periodicity.next(period)) {
            periods.add(period);
        }
        for (String period : periods.subList(Math.max(0, periods.size() - MAX_PERIODS), periods.size())) {
            LocalDate end = periodicity.end(period).isAfter(asOf) ? asOf : periodicity.end(period);
            BigDecimal value = DerivedSources.computable(source) ? sources.valueOn(planId, source, end).orElse(null) : null;
            Boolean met = value == null || target == null || target.value() == null ? null : value.compareTo(target.value()) >= 0;
            points.add(new DerivedPoint(period, end, value, target == null ? null : target.value(), met,
                    DerivedSources.computable(source) ? null : NOT_YET));
        }
        return points;
    }
}
