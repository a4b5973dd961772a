package org.gelplan.ui.reports;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.api.AcknowledgeReport;
import org.gelplan.reporting.api.FindReportVersions;
import org.gelplan.reporting.api.PublishReport;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.ReportDownloads;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportSubmissions;
import org.gelplan.reporting.api.ReportVersionView;
import org.gelplan.ui.FormOutcome;
import org.gelplan.ui.PlanQueries;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's quarterly reports and the publication workflow (Art. 3): the author submits, an editor (another
 * person) publishes, planning acknowledges. Same commands and roles as {@code /api/v1/plans/{planId}/reports/...}.
 */
@Controller
class ReportPages {

    /** A quarter with its versions, newest quarter first on the list. */
    record QuarterRow(Quarter quarter, List<ReportVersionView> versions) {

        public ReportVersionView latest() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }

    static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final PlanQueries plans;
    private final ReportDownloads downloads;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final ReportSubmissions submissions;
    private final FormOutcome outcome;
    private final Clock clock;

    ReportPages(PlanQueries plans, QueryGateway queries, CommandGateway commands, ReportSubmissions submissions,
                ReportDownloads downloads, FormOutcome outcome, Clock clock) {
        this.plans = plans;
        this.downloads = downloads;
        this.queries = queries;
        this.commands = commands;
        this.submissions = submissions;
        this.outcome = outcome;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/reports")
    String reports(@PathVariable String planId, Model model) {
        PlanSummary plan = plans.summary(planId);
        Quarter last = Quarter.of(GelTime.today(clock)).previous();
        List<QuarterRow> rows = new ArrayList<>();
        for (Quarter q = last; q.compareTo(Quarter.of(plan.resolution().date())) >= 0; q = q.previous()) {
            rows.add(new QuarterRow(q, versions(new ReportId(new PlanId(planId), q))));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("quarters", rows);
        return "reports";
    }

    /**
     * The report in a format, under the browser session: the same rendering as the API's
     * {@code /api/v1/plans/{planId}/reports/{quarter}?format=...}. The HTML preview carries its own small
     * style sheet, so it gets a policy allowing that inline style and nothing else (no script, no origin).
     */
    @GetMapping("/plans/{planId}/reports/{quarter}/document")
    ResponseEntity<?> document(@PathVariable String planId, @PathVariable String quarter,
                               @RequestParam(defaultValue = "html") String format,
                               @RequestParam(required = false) Integer version) throws NoResourceFoundException {
        String name = format.strip().toLowerCase(Locale.ROOT);
        if (!ReportDownloads.FORMATS.contains(name)) {
            throw new NoResourceFoundException(HttpMethod.GET, "/plans/" + planId + "/reports/" + quarter + "/document");
        }
        ResponseEntity<?> answer = downloads.download(id(planId, quarter), version, name);
        if (!name.equals("html")) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header("Content-Security-Policy", PREVIEW_POLICY).body(answer.getBody());
    }

    @PostMapping("/plans/{planId}/reports/{quarter}/submission")
    @PreAuthorize("hasRole('AUTHOR')")
    String submit(@PathVariable String planId, @PathVariable String quarter, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes done) {
        ReportId id = id(planId, quarter);
        return step(id, "ui.report.done.submitted", () -> submissions.submit(id, null), model, locale, response, done);
    }

    @PostMapping("/plans/{planId}/reports/{quarter}/publication")
    @PreAuthorize("hasRole('EDITOR')")
    String publish(@PathVariable String planId, @PathVariable String quarter, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes done) {
        ReportId id = id(planId, quarter);
        return step(id, "ui.report.done.published", () -> commands.sendAndWait(new PublishReport(id)), model, locale,
                response, done);
    }

    @PostMapping("/plans/{planId}/reports/{quarter}/acknowledgement")
    @PreAuthorize("hasRole('PLANNING')")
    String acknowledge(@PathVariable String planId, @PathVariable String quarter, Model model, Locale locale,
                       HttpServletResponse response, RedirectAttributes done) {
        ReportId id = id(planId, quarter);
        return step(id, "ui.report.done.acknowledged", () -> commands.sendAndWait(new AcknowledgeReport(id)), model,
                locale, response, done);
    }

    private String step(ReportId id, String confirmation, Runnable command, Model model, Locale locale,
                        HttpServletResponse response, RedirectAttributes done) {
        if (!outcome.recorded("report-" + id.quarter(), command, model, locale)) {
            response.setStatus(422);
            return reports(id.planId().value(), model);
        }
        ReportVersionView latest = versions(id).get(versions(id).size() - 1);
        done.addFlashAttribute("done", outcome.message(confirmation, locale, id.quarter().toString(),
                String.valueOf(latest.version()), latest.sha256()));
        return "redirect:/plans/" + id.planId() + "/reports";
    }

    private List<ReportVersionView> versions(ReportId id) {
        return QueryResults.await(queries.query(new FindReportVersions(id.planId(), id.quarter()),
                ResponseTypes.multipleInstancesOf(ReportVersionView.class)));
    }

    private static ReportId id(String planId, String quarter) {
        return new ReportId(PlanId.inCallersScope(planId), Quarter.fromPath(quarter));
    }
}
