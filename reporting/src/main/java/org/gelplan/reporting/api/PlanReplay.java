package org.gelplan.reporting.api;

import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.PlanId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the record stood at an instant beside the plan as it stands now (SPEC §5), for
 * {@code GET /api/v1/audit/plans/{planId}/replay} and control interno's page. Role and scope are the
 * caller's to check.
 */
public interface PlanReplay {

    SideBySide replay(PlanId planId, Instant at);

    /** The plan then (as recorded by {@code at}) and now, with the chain head covering the events up to {@code at}. */
    record SideBySide(String planId, Instant at, AuditAnchor anchor, PlanState then, PlanState now) {
    }

    /**
     * Compliance, the committee's membership, its meetings, its decisions and the plan's indicators as they
     * stood on {@code asOf},
     * each counting only what had been recorded by the instant asked about (a fact recorded later, even
     * with an earlier effective date, is not in "then").
     */
    record PlanState(LocalDate asOf, PlanCompliance compliance, CommitteeView committee, List<MeetingView> meetings,
                     List<DecisionView> decisions, List<IndicatorOverview> indicators) {
    }
}
