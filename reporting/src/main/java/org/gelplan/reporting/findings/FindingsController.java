package org.gelplan.reporting.findings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.CloseImprovementAction;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.FindFinding;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingProblem;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.FindingView;
import org.gelplan.reporting.api.ImprovementPlanId;
import org.gelplan.reporting.api.OpenImprovementAction;
import org.gelplan.reporting.api.RecordFinding;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The entity's plan de mejoramiento (Art. 2): planning and internal control record observations and
 * findings and open improvement actions; the entity's committee (or planning) records their closure
 * with evidence; any signed-in user of the entity reads it as of a day, with what is overdue.
 */
@RestController
@RequestMapping("/api/v1/improvement-plans/{entityCode}")
class FindingsController {

    static final String ID = "(\\d{2}|\\d{5})-H\\d{3,6}";

    record FindingBody(@NotNull FindingKind kind, @NotNull FindingSubjectKind subjectKind,
                       @NotNull @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId,
                       @NotBlank @Size(max = 20000) String text, @NotNull LocalDate recordedOn) {
    }

    record ActionBody(@NotBlank @Size(max = 5000) String description, @NotBlank @Size(max = 500) String responsible,
                      LocalDate openedOn, @NotNull LocalDate dueDate) {
    }

    record EvidenceBody(@NotBlank @Size(max = 5000) String description, @Size(max = 100) String attachmentId) {
    }

    record ClosureBody(@NotNull LocalDate closedOn, @NotNull @Valid EvidenceBody evidence) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FindingSubjects subjects;
    private final Clock clock;

    FindingsController(CommandGateway commands, QueryGateway queries, FindingSubjects subjects, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.subjects = subjects;
        this.clock = clock;
    }

    @GetMapping
    FindImprovementPlan.Answer plan(@PathVariable String entityCode, @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        CurrentScope.require(entityCode);
        return QueryResults.await(queries.query(new FindImprovementPlan(entityCode, asOf == null ? GelTime.today(clock) : asOf),
                ResponseTypes.instanceOf(FindImprovementPlan.Answer.class)));
    }

    @GetMapping("/findings/{findingId}")
    FindingView finding(@PathVariable String entityCode, @PathVariable String findingId) {
        CurrentScope.require(entityCode);
        return QueryResults.await(queries.query(new FindFinding(entityCode, findingId),
                ResponseTypes.optionalInstanceOf(FindingView.class)))
                .orElseThrow(() -> new FindingProblem(Kind.NOT_FOUND, "finding.not-found", findingId));
    }

    @PostMapping("/findings")
    @PreAuthorize("hasAnyRole('PLANNING','CONTROL_INTERNO')")
    ResponseEntity<Map<String, String>> record(@PathVariable String entityCode, @Valid @RequestBody FindingBody body) {
        ImprovementPlanId id = improvementPlan(entityCode);
        subjects.requireExists(entityCode, body.subjectKind(), body.subjectId());
        String findingId = commands.sendAndWait(new RecordFinding(id, body.kind(), body.subjectKind(), body.subjectId(),
                body.text(), body.recordedOn()));
        return ResponseEntity.created(URI.create("/api/v1/improvement-plans/" + entityCode + "/findings/" + findingId))
                .body(Map.of("findingId", findingId));
    }

    @PostMapping("/findings/{findingId}/actions")
    @PreAuthorize("hasAnyRole('PLANNING','CONTROL_INTERNO')")
    ResponseEntity<Map<String, String>> open(@PathVariable String entityCode, @PathVariable String findingId,
                                             @Valid @RequestBody ActionBody body) {
        ImprovementPlanId id = improvementPlan(entityCode);
        String actionId = commands.sendAndWait(new OpenImprovementAction(id, known(entityCode, findingId, ID),
                body.description(), body.responsible(), body.openedOn() == null ? GelTime.today(clock) : body.openedOn(),
                body.dueDate()));
        return ResponseEntity.created(URI.create("/api/v1/improvement-plans/" + entityCode + "/findings/" + findingId))
                .body(Map.of("findingId", findingId, "actionId", actionId));
    }

    @PostMapping("/actions/{actionId}/closure")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER','PLANNING')")
    Map<String, String> close(@PathVariable String entityCode, @PathVariable String actionId,
                              @Valid @RequestBody ClosureBody body) {
        ImprovementPlanId id = improvementPlan(entityCode);
        commands.sendAndWait(new CloseImprovementAction(id, known(entityCode, actionId, ID + "-A\\d{2,4}"), body.closedOn(),
                new CloseImprovementAction.ClosureEvidence(body.evidence().description(), body.evidence().attachmentId())));
        return Map.of("actionId", actionId);
    }

    private static ImprovementPlanId improvementPlan(String entityCode) {
        CurrentScope.require(entityCode);
        return ImprovementPlanId.of(entityCode);
    }

    private static String known(String entityCode, String id, String regexp) {
        if (!id.matches(regexp) || !id.startsWith(entityCode + "-")) {
            throw new FindingProblem(Kind.NOT_FOUND, regexp.equals(ID) ? "finding.not-found" : "finding.action-not-found", id);
        }
        return id;
    }
}
