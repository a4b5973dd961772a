package org.gelplan.committee.membership;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeAlreadyConstituted;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.CommitteeNotFound;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.committee.api.FindCommitteeIndicators;
import org.gelplan.committee.api.MemberNotFound;
import org.gelplan.committee.api.MemberView;
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
import java.util.stream.Stream;

/**
 * An entity's committee: its members and roles as of a day with its meeting statistics, who was on it
 * on a given day, and its constitution by a leader.
 */
@RestController
@RequestMapping("/api/v1/committees")
class CommitteeController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    CommitteeController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/{entityCode}")
    CommitteeOverview committee(@PathVariable String entityCode,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? GelTime.today(clock) : asOf;
        CommitteeView committee = find(entityCode, day);
        CommitteeIndicators indicators = QueryResults.await(queries.query(new FindCommitteeIndicators(entityCode, day),
                ResponseTypes.optionalInstanceOf(CommitteeIndicators.class))).orElseThrow();
        return new CommitteeOverview(committee, indicators);
    }

    /** Without {@code on}, every appointment ever made; with it, the members and invitees of that day. */
    @GetMapping("/{entityCode}/members")
    List<MemberView> members(@PathVariable String entityCode,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        CommitteeView committee = find(entityCode, on == null ? GelTime.today(clock) : on);
        return on == null ? committee.members()
                : Stream.concat(committee.currentMembers().stream(), committee.invitees().stream()).toList();
    }

    @GetMapping("/{entityCode}/members/{memberId}")
    MemberView member(@PathVariable String entityCode, @PathVariable String memberId) {
        return find(entityCode, GelTime.today(clock)).members().stream()
                .filter(m -> m.id().equals(memberId)).findFirst().orElseThrow(() -> new MemberNotFound(memberId));
    }

    @PostMapping
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    ResponseEntity<Map<String, Object>> constitute(@Valid @RequestBody ConstituteCommitteeRequest request) {
        CurrentScope.require(request.entityCode());
        CommitteeId id;
        try {
            id = commands.sendAndWait(request.toCommand());
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new CommitteeAlreadyConstituted(request.entityCode());
        }
        return ResponseEntity.created(URI.create("/api/v1/committees/" + request.entityCode()))
                .body(Map.of("committeeId", id.value()));
    }

    private CommitteeView find(String entityCode, LocalDate asOf) {
        CommitteeId.forEntity(entityCode);
        CurrentScope.require(entityCode);
        return QueryResults.await(queries.query(new FindCommittee(entityCode, asOf),
                ResponseTypes.optionalInstanceOf(CommitteeView.class))).orElseThrow(() -> new CommitteeNotFound(entityCode));
    }
}
