package org.gelplan.compliance.criterion;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.FindCriteria;
import org.gelplan.compliance.api.FindCriterion;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's criteria, filtered by phase and status ({@code OVERDUE}: pending past their date), and
 * one criterion with its timeline; any day ({@code asOf}) as known at any instant ({@code knownAt}).
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/criteria")
class CriteriaController {

    /** Status filter values: every {@link CriterionStatus} plus OVERDUE. */
    enum StatusFilter { PENDING, RESCHEDULED, FULFILLED, REVOKED, NOT_APPLICABLE, OVERDUE }

    private final QueryGateway queries;
    private final Clock clock;

    CriteriaController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    List<CriterionView> criteria(@PathVariable String planId, @RequestParam(required = false) Phase phase,
                                 @RequestParam(required = false) StatusFilter status,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        PlanId id = scoped(planId);
        boolean overdueOnly = status == StatusFilter.OVERDUE;
        CriterionStatus exact = status == null || overdueOnly ? null : CriterionStatus.valueOf(status.name());
        FindCriteria query = new FindCriteria(id, phase, exact, overdueOnly, day(asOf), knownAt);
        return QueryResults.await(queries.query(query, ResponseTypes.multipleInstancesOf(CriterionView.class)));
    }

    @GetMapping("/{code}")
    CriterionDetail criterion(@PathVariable String planId, @PathVariable String code,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        FindCriterion query = new FindCriterion(scoped(planId), code, day(asOf), knownAt);
        return QueryResults.await(queries.query(query, ResponseTypes.instanceOf(CriterionDetail.class)));
    }

    private static PlanId scoped(String planId) {
        PlanId id = PlanId.fromPath(planId);
        CurrentScope.require(id.daneCode());
        return id;
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? GelTime.today(clock) : asOf;
    }

    private Instant instant(Instant knownAt) {
        return knownAt == null ? clock.instant() : knownAt;
    }
}
