package org.gelplan.reporting.api;

import org.gelplan.committee.api.CommitteeView;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.plan.api.PlanId;

import java.time.Instant;
import java.time.LocalDate;

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

    /** Compliance counting only what had been recorded by then, and the committee as constituted that day. */
    record PlanState(LocalDate asOf, PlanCompliance compliance, CommitteeView committee) {
    }
}
