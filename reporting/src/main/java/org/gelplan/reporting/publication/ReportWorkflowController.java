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
import org.gelplan.reporting.api.ReportState;
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

    /** What a workflow step did: the version it concerned and where it stands now. */
    record StepAnswer(String planId, String quarter, int version, ReportState state, String sha256, String report,
                      String versions) {

        static StepAnswer of(ReportId id, int version, ReportState state, String sha256) {
            String base = "/api/v1/plans/" + id.planId().value() + "/reports/" + id.quarter();
            return new StepAnswer(id.planId().value(), id.quarter().toString(), version, state, sha256,
                    base + "?version=" + version, base + "/versions");
        }
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
    StepAnswer submit(@PathVariable String planId, @PathVariable String quarter) {
        return submitVersion(id(planId, quarter), null);
    }

    @PostMapping("/corrections")
    @PreAuthorize("hasRole('AUTHOR')")
    @ResponseStatus(HttpStatus.CREATED)
    StepAnswer correct(@PathVariable String planId, @PathVariable String quarter,
                              @Valid @RequestBody CorrectionBody body) {
        return submitVersion(id(planId, quarter), body.reason());
    }

    @PostMapping("/publication")
    @PreAuthorize("hasRole('EDITOR')")
    StepAnswer publish(@PathVariable String planId, @PathVariable String quarter) {
        ReportId id = id(planId, quarter);
        List<ReportVersionView> versions = versionsOf(id);
        if (versions.isEmpty()) {
            throw new ReportNotSubmitted(id.quarter());
        }
        int version = commands.sendAndWait(new PublishReport(id));
        return StepAnswer.of(id, version, ReportState.PUBLISHED, sha256(versions, version));
    }

    @PostMapping("/acknowledgement")
    @PreAuthorize("hasRole('PLANNING')")
    StepAnswer acknowledge(@PathVariable String planId, @PathVariable String quarter) {
        ReportId id = id(planId, quarter);
        List<ReportVersionView> versions = versionsOf(id);
        if (versions.isEmpty()) {
            throw new ReportNotPublished(id.quarter());
        }
        int version = commands.sendAndWait(new AcknowledgeReport(id));
        return StepAnswer.of(id, version, ReportState.PUBLISHED, sha256(versions, version));
    }

    private StepAnswer submitVersion(ReportId id, String correctionReason) {
        FrozenContent content = freezer.freeze(id.planId(), id.quarter());
        int version = commands.sendAndWait(new SubmitReport(id, content, correctionReason));
        return StepAnswer.of(id, version, ReportState.SUBMITTED, content.sha256());
    }

    /** The read model was caught up when the previous command answered, so it holds every submitted version. */
    private static String sha256(List<ReportVersionView> versions, int version) {
        return versions.stream().filter(v -> v.version() == version).map(ReportVersionView::sha256).findFirst()
                .orElse(null);
    }

    private List<ReportVersionView> versionsOf(ReportId id) {
        return QueryResults.await(queries.query(new FindReportVersions(id.planId(), id.quarter()),
                ResponseTypes.multipleInstancesOf(ReportVersionView.class)));
    }

    private static ReportId id(String planId, String quarter) {
        return new ReportId(PlanId.inCallersScope(planId), Quarter.fromPath(quarter));
    }
}
