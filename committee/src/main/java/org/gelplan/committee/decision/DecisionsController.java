package org.gelplan.committee.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CompleteDecision;
import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionNotFound;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.FindDecision;
import org.gelplan.committee.api.ListDecisions;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.RecordDecision;
import org.gelplan.committee.api.Votes;
import org.gelplan.committee.api.ListDecisions.DecisionFilter;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
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
import java.util.List;
import java.util.Map;

/** Decisions taken in meetings held with quorum, their completion, and the decisions on record as of a day. */
@RestController
@RequestMapping("/api/v1/committees/{entityCode}")
class DecisionsController {

    /** Criterion codes ({@code INF-NORM-02}), action or indicator ids: letters, digits, dots, dashes, underscores. */
    static final String SUBJECT = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    record DecisionBody(@NotBlank @Size(max = 4000) String text, @NotNull @PositiveOrZero Integer votesFor,
                        @NotNull @PositiveOrZero Integer votesAgainst, @NotNull @PositiveOrZero Integer abstentions,
                        @Size(max = 50) List<@NotNull @Pattern(regexp = SUBJECT) String> subjects,
                        @NotNull @Pattern(regexp = MemberId.REGEXP) String responsible, @NotNull LocalDate dueDate) {
    }

    record CompletionBody(@NotNull LocalDate completedOn, @NotNull @Valid EvidenceBody evidence) {
    }

    record EvidenceBody(@NotBlank @Size(max = 2000) String description,
                        @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url, @Size(max = 500) String documentRef) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    DecisionsController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * {@code status}: OPEN (overdue ones included), COMPLETED or OVERDUE as of {@code asOf} (default today);
     * {@code subject}: only decisions about that criterion code or indicator id.
     */
    @GetMapping("/decisions")
    List<DecisionView> decisions(@PathVariable String entityCode, @RequestParam(required = false) DecisionFilter status,
                                 @RequestParam(required = false) @Pattern(regexp = SUBJECT) String subject,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        committee(entityCode);
        ListDecisions query = new ListDecisions(entityCode, status, subject, asOf == null ? GelTime.today(clock) : asOf);
        return QueryResults.await(queries.query(query, ResponseTypes.multipleInstancesOf(DecisionView.class)));
    }

    @GetMapping("/decisions/{decisionId}")
    DecisionView decision(@PathVariable String entityCode, @PathVariable String decisionId) {
        committee(entityCode);
        return QueryResults.await(queries.query(new FindDecision(DecisionId.named(entityCode, decisionId)),
                ResponseTypes.optionalInstanceOf(DecisionView.class))).orElseThrow(() -> new DecisionNotFound(decisionId));
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    ResponseEntity<Map<String, String>> record(@PathVariable String entityCode, @PathVariable String meetingId,
                                               @Valid @RequestBody DecisionBody body) {
        CommitteeId committee = committee(entityCode);
        DecisionId id = commands.sendAndWait(new RecordDecision(committee, MeetingId.named(entityCode, meetingId), body.text(),
                new Votes(body.votesFor(), body.votesAgainst(), body.abstentions()),
                body.subjects() == null ? List.of() : body.subjects(), new MemberId(body.responsible()), body.dueDate()));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + entityCode + "/decisions/" + id))
                .body(Map.of("decisionId", id.value()));
    }

    @PostMapping("/decisions/{decisionId}/completion")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    Map<String, String> complete(@PathVariable String entityCode, @PathVariable String decisionId,
                                 @Valid @RequestBody CompletionBody body) {
        CommitteeId committee = committee(entityCode);
        DecisionId id = DecisionId.named(entityCode, decisionId);
        EvidenceBody evidence = body.evidence();
        commands.sendAndWait(new CompleteDecision(committee, id, body.completedOn(),
                new CompletionEvidence(evidence.description(), evidence.url(), evidence.documentRef())));
        return Map.of("decisionId", id.value());
    }

    private static CommitteeId committee(String entityCode) {
        CommitteeId committee = CommitteeId.forEntity(entityCode);
        CurrentScope.require(entityCode);
        return committee;
    }
}
