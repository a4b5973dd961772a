package org.gelplan.plan.indicator;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.DerivedValue;
import org.gelplan.plan.api.FindDerivedValues;
import org.gelplan.plan.api.FindIndicator;
import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorNotFound;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.attainment.DerivedAttainment;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan's indicators: definitions with their attainment as of a day (any signed-in user of the
 * entity), and new definitions (committee members). A derived indicator's series holds the values
 * the system computed, judged like measurements. An as-of day after today reads as today, since
 * periods to come have neither measurements nor staleness.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/indicators")
class IndicatorsController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    IndicatorsController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    List<IndicatorOverview> indicators(@PathVariable String planId, @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return QueryResults.await(queries.query(new ListIndicators(PlanId.inCallersScope(planId), day(asOf)),
                ResponseTypes.multipleInstancesOf(IndicatorOverview.class)));
    }

    @GetMapping("/{indicatorId}")
    IndicatorDetail indicator(@PathVariable String planId, @PathVariable String indicatorId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PlanId plan = PlanId.inCallersScope(planId);
        if (!IndicatorId.isValid(indicatorId)) {
            throw new IndicatorNotFound(planId, indicatorId);
        }
        IndicatorDetail detail = QueryResults.await(queries.query(new FindIndicator(plan, new IndicatorId(indicatorId),
                        day(asOf)), ResponseTypes.optionalInstanceOf(IndicatorDetail.class)))
                .orElseThrow(() -> new IndicatorNotFound(planId, indicatorId));
        return detail.indicator().definition().derived() ? withDerivedValues(plan, detail) : detail;
    }

    /** A derived indicator's series comes from the module that computes it (reporting), asked through the query bus. */
    private IndicatorDetail withDerivedValues(PlanId plan, IndicatorDetail detail) {
        IndicatorOverview indicator = detail.indicator();
        List<DerivedValue> values = QueryResults.await(queries.query(new FindDerivedValues(plan,
                        indicator.definition().source(), indicator.definition().period(), indicator.startsOn(), indicator.asOf()),
                ResponseTypes.multipleInstancesOf(DerivedValue.class)));
        return DerivedAttainment.withValues(detail, values);
    }

    @PostMapping
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    ResponseEntity<Map<String, String>> define(@PathVariable String planId, @Valid @RequestBody IndicatorEntry request) {
        PlanId plan = PlanId.inCallersScope(planId);
        commands.sendAndWait(request.toCommand(plan));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.value() + "/indicators/" + request.id()))
                .body(Map.of("planId", plan.value(), "indicatorId", request.id()));
    }

    private LocalDate day(LocalDate asOf) {
        LocalDate today = GelTime.today(clock);
        return asOf == null || asOf.isAfter(today) ? today : asOf;
    }
}
