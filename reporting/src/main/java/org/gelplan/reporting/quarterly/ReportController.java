package org.gelplan.reporting.quarterly;

import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.render.ReportFormat;
import org.gelplan.reporting.render.ReportResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's report for a quarter, for signed-in readers of the entity: the current published version,
 * else the newest submitted one, else a preview generated as of the quarter's end.
 */
@RestController
class ReportController {

    private final ReportReader reader;
    private final ReportResponses responses;

    ReportController(ReportReader reader, ReportResponses responses) {
        this.reader = reader;
        this.responses = responses;
    }

    @GetMapping("/api/v1/plans/{planId}/reports/{quarter}")
    ResponseEntity<?> report(@PathVariable String planId, @PathVariable String quarter,
                             @RequestParam(defaultValue = "json") ReportFormat format,
                             @RequestParam(required = false) Integer version) {
        return responses.respond(reader.internal(PlanId.inCallersScope(planId), Quarter.fromPath(quarter), version), format);
    }
}
