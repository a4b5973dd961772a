package org.gelplan.reporting.publication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AcknowledgeReport;
import org.gelplan.reporting.api.FindReportVersions;
import org.gelplan.reporting.api.FrozenContent;
import org.gelplan.reporting.api.PublishReport;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportNotPublished;
import org.gelplan.reporting.api.ReportNotSubmitted;
import org.gelplan.reporting.api.ReportVersionView;
import org.gelplan.reporting.api.SubmitReport;
import org.gelplan.reporting.quarterly.ReportFreezer;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The publication workflow of a quarter's report (Art. 3): the author submits (freezing the content
 * generated now), an editor publishes, planning acknowledges; the author submits corrections.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/reports/{quarter}")
class ReportWorkflowController {

    record CorrectionBody(@NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReportFreezer freezer;

    ReportWorkflowController(CommandGateway commands, QueryGateway queries, ReportFreezer freezer) {
        this.commands = commands;
        this.queries = queries;
        this.freezer = freezer;
    }

    @GetMapping("/versions")
    List<ReportVersionView> versions(@PathVariable String planId, @PathVariable String quarter) {
        ReportId id = id(planId, quarter);
        return versionsOf(id);
    }

    @PostMapping("/submission")
    @PreAuthorize("hasRole('AUTHOR')")
    @ResponseStatus(HttpStatus.CREATED)
    ReportVersionView submit(@PathVariable String planId, @PathVariable String quarter) {
        return submitVersion(id(planId, quarter), null);
    }

    @PostMapping("/corrections")
    @PreAuthorize("hasRole('AUTHOR')")
    @ResponseStatus(HttpStatus.CREATED)
    ReportVersionView correct(@PathVariable String planId, @PathVariable String quarter,
                              @Valid @RequestBody CorrectionBody body) {
        return submitVersion(id(planId, quarter), body.reason());
    }

    @PostMapping("/publication")
    @PreAuthorize("hasRole('EDITOR')")
    ReportVersionView publish(@PathVariable String planId, @PathVariable String quarter) {
        ReportId id = id(planId, quarter);
        if (versionsOf(id).isEmpty()) {
            throw new ReportNotSubmitted(id.quarter());
        }
        commands.sendAndWait(new PublishReport(id));
        return latest(id);
    }

    @PostMapping("/acknowledgement")
    @PreAuthorize("hasRole('PLANNING')")
    ReportVersionView acknowledge(@PathVariable String planId, @PathVariable String quarter) {
        ReportId id = id(planId, quarter);
        if (versionsOf(id).isEmpty()) {
            throw new ReportNotPublished(id.quarter());
        }
        commands.sendAndWait(new AcknowledgeReport(id));
        return versionsOf(id).stream().filter(v -> v.acknowledgedAt() != null).reduce((a, b) -> b).orElseThrow();
    }

    private ReportVersionView submitVersion(ReportId id, String correctionReason) {
        FrozenContent content = freezer.freeze(id.planId(), id.quarter());
        commands.sendAndWait(new SubmitReport(id, content, correctionReason));
        return latest(id);
    }

    private ReportVersionView latest(ReportId id) {
        List<ReportVersionView> all = versionsOf(id);
        return all.get(all.size() - 1);
    }

    private List<ReportVersionView> versionsOf(ReportId id) {
        return QueryResults.await(queries.query(new FindReportVersions(id.planId(), id.quarter()),
                ResponseTypes.multipleInstancesOf(ReportVersionView.class)));
    }

    private static ReportId id(String planId, String quarter) {
        return new ReportId(PlanId.inCallersScope(planId), Quarter.fromPath(quarter));
    }
}
