package org.gelplan.reporting.quarterly;

import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AuditChainHead;
import org.gelplan.reporting.api.FrozenContent;
import org.gelplan.reporting.api.Quarter;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Generates a report body and wraps it with its hash, the generation instant and the audit anchors. */
@Component
public class ReportFreezer {

    private final QuarterlyReportGenerator generator;
    private final AuditChainHead chain;
    private final Clock clock;

    ReportFreezer(QuarterlyReportGenerator generator, AuditChainHead chain, Clock clock) {
        this.generator = generator;
        this.chain = chain;
        this.clock = clock;
    }

    public FrozenContent freeze(PlanId planId, Quarter quarter) {
        String body = ReportJson.write(generator.generate(planId, quarter));
        // Taken after generation, so every event the body reflects is covered: rewriting any of them breaks the anchor.
        var anchor = chain.current();
        return new FrozenContent(body, FrozenContent.sha256Of(body), clock.instant(), anchor, chain.asOf(quarter.end()));
    }
}
