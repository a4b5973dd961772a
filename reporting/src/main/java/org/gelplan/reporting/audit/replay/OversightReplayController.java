package org.gelplan.reporting.audit.replay;

import org.gelplan.core.CurrentScope;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.PlanReplay;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Control interno puts a plan as the record stood at an instant beside the plan as it stands now:
 * compliance counting only what had been recorded by then (the compliance module's {@code knownAt}),
 * the committee as constituted that day, and the audit-chain head that covered exactly those events.
 */
@RestController
class OversightReplayController {

    private final PlanReplay replays;

    OversightReplayController(PlanReplay replays) {
        this.replays = replays;
    }

    @GetMapping("/api/v1/audit/plans/{planId}/replay")
    @PreAuthorize("hasRole('CONTROL_INTERNO')")
    PlanReplay.SideBySide replay(@PathVariable String planId,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        PlanId id = PlanId.fromPath(planId);
        CurrentScope.require(id.daneCode());
        return replays.replay(id, at);
    }
}
