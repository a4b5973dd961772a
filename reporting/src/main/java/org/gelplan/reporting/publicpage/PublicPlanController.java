package org.gelplan.reporting.publicpage;

import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.ReportVersionView;
import org.gelplan.reporting.quarterly.ReportReader;
import org.gelplan.reporting.quarterly.ReportSources;
import org.gelplan.reporting.render.ReportFormat;
import org.gelplan.reporting.render.ReportResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public transparency page's API, for anonymous citizens (the security chain lets GET
 * {@code /api/v1/public/**} through): compliance per phase and published reports, served from their
 * frozen content only.
 */
@RestController
@RequestMapping("/api/v1/public/plans/{planId}")
class PublicPlanController {

    private final ReportSources sources;
    private final ReportReader reader;
    private final ReportResponses responses;
    private final Clock clock;

    PublicPlanController(ReportSources sources, ReportReader reader, ReportResponses responses, Clock clock) {
        this.sources = sources;
        this.reader = reader;
        this.responses = responses;
        this.clock = clock;
    }

    @GetMapping
    PublicPlan plan(@PathVariable String planId) {
        PlanId id = PlanId.fromPath(planId);
        PlanSummary plan = sources.plan(id);
        LocalDate today = GelTime.today(clock);
        PlanCompliance compliance = sources.compliance(id, today);
        return new PublicPlan(id.value(), plan.entity().name(), plan.entity().department(), plan.resolution().number(),
                plan.resolution().date(), today, compliance.phases().stream().map(p -> new PublicPlan.Phase(p.code().name(),
                p.name(), p.territorialDeadline(), p.targetPercent(), p.applicable(), p.fulfilled(), p.percent(),
                p.status().name())).toList(), reports(id));
    }

    @GetMapping("/reports")
    List<PublicPlan.PublishedReport> reports(@PathVariable String planId) {
        PlanId id = PlanId.fromPath(planId);
        sources.plan(id);
        return reports(id);
    }

    @GetMapping("/reports/{quarter}")
    ResponseEntity<?> report(@PathVariable String planId, @PathVariable String quarter,
                             @RequestParam(defaultValue = "html") ReportFormat format,
                             @RequestParam(required = false) Integer version) {
        return responses.respond(reader.published(PlanId.fromPath(planId), Quarter.fromPath(quarter), version), format);
    }

    private List<PublicPlan.PublishedReport> reports(PlanId id) {
        return sources.published(id).stream().map(v -> published(id, v)).toList();
    }

    private static PublicPlan.PublishedReport published(PlanId id, ReportVersionView v) {
        String base = "/api/v1/public/plans/" + id.value() + "/reports/" + v.quarter() + "?version=" + v.version() + "&format=";
        return new PublicPlan.PublishedReport(v.quarter().toString(), v.version(), v.state().name(), v.sha256(),
                v.anchor() == null ? null : v.anchor().head(), v.publishedAt(), v.dueDate(), v.late(), v.correctionReason(),
                v.supersededBy(), v.acknowledgedAt() != null, base + "html", base + "pdf", base + "json");
    }
}
