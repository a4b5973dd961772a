package org.gelplan.reporting.derived;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindDerivedValues;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Target;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan's derived indicators (Tabla 7: % of criteria per phase, committee meeting frequency,
 * % of trámites and servicios published, automated, on line) with their values per period, computed
 * from the events' read models. The plan's own indicator view shows the same series.
 */
@RestController
class DerivedIndicatorsController {

    private final QueryGateway queries;
    private final DerivedValuesQueries values;
    private final Clock clock;

    DerivedIndicatorsController(QueryGateway queries, DerivedValuesQueries values, Clock clock) {
        this.queries = queries;
        this.values = values;
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
        Target target = indicator.definition().target();
        return values.handle(new FindDerivedValues(planId, indicator.definition().source(), indicator.definition().period(),
                        indicator.startsOn(), asOf)).stream()
                .map(v -> new DerivedPoint(v.period(), v.end(), v.value(), target == null ? null : target.value(),
                        v.value() == null || target == null || target.value() == null ? null
                                : v.value().compareTo(target.value()) >= 0, v.note()))
                .toList();
    }
}
