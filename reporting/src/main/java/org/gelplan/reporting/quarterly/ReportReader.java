package org.gelplan.reporting.quarterly;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.FindFrozenReport;
import org.gelplan.reporting.api.FrozenContent;
import org.gelplan.reporting.api.FrozenReport;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.ReportNotFound;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Finds the report to show: a frozen version whenever one exists (never regenerated), else, for
 * signed-in readers only, a preview generated on the spot.
 */
@Component
public class ReportReader {

    private final QueryGateway queries;
    private final ReportFreezer freezer;
    private final Clock clock;

    ReportReader(QueryGateway queries, ReportFreezer freezer, Clock clock) {
        this.queries = queries;
        this.freezer = freezer;
        this.clock = clock;
    }

    /** @param version a given version, or null for the current published one (else the newest, else a preview) */
    public ReportEnvelope internal(PlanId planId, Quarter quarter, Integer version) {
        Optional<FrozenReport> frozen = frozen(planId, quarter, version, false);
        if (frozen.isPresent()) {
            return ReportEnvelope.of(frozen.get());
        }
        if (version != null) {
            throw new ReportNotFound(planId.value(), quarter + " v" + version);
        }
        FrozenContent content = freezer.freeze(planId, quarter);
        QuarterlyReport report = ReportJson.read(content.body());
        return ReportEnvelope.preview(report, content, GelTime.today(clock).isAfter(report.dueDate()));
    }

    /** Published versions only: what an anonymous citizen may read. */
    public ReportEnvelope published(PlanId planId, Quarter quarter, Integer version) {
        return frozen(planId, quarter, version, true).map(ReportEnvelope::of)
                .orElseThrow(() -> new ReportNotFound(planId.value(), quarter.toString()));
    }

    private Optional<FrozenReport> frozen(PlanId planId, Quarter quarter, Integer version, boolean publishedOnly) {
        return QueryResults.await(queries.query(new FindFrozenReport(planId, quarter, version, publishedOnly),
                ResponseTypes.optionalInstanceOf(FrozenReport.class)));
    }
}
