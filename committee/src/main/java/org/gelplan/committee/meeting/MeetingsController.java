package org.gelplan.committee.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.ApproveMinutes;
import org.gelplan.committee.api.CancelMeeting;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.FindMeeting;
import org.gelplan.committee.api.HoldMeeting;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingNotFound;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.Quorum;
import org.gelplan.committee.api.ScheduleMeeting;
import org.gelplan.core.CurrentScope;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The meeting lifecycle: schedule, hold with roll call, cancel, approve minutes; and the meetings on record. */
@RestController
@RequestMapping("/api/v1/committees/{entityCode}/meetings")
class MeetingsController {

    record ScheduleBody(@NotNull LocalDate scheduledFor, @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> agenda) {
    }

    record HeldBody(@NotNull LocalDate heldOn,
                    @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = MemberId.REGEXP) String> present,
                    @Pattern(regexp = MemberId.REGEXP) String delegate,
                    @Size(max = 50) List<@NotBlank @Size(max = 500) String> agendaCovered,
                    @NotBlank @Size(max = 20000) String minutes, @Size(max = 500) String documentRef) {
    }

    record CancellationBody(@NotBlank @Size(max = 2000) String reason) {
    }

    record MinutesApprovalBody(@NotNull @Pattern(regexp = MeetingId.REGEXP) String atMeeting) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    MeetingsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    List<MeetingView> meetings(@PathVariable String entityCode, @RequestParam(required = false) MeetingStatus status,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        committee(entityCode);
        return QueryResults.await(queries.query(new ListMeetings(entityCode, status, from, to),
                ResponseTypes.multipleInstancesOf(MeetingView.class)));
    }

    @GetMapping("/{meetingId}")
    MeetingView meeting(@PathVariable String entityCode, @PathVariable String meetingId) {
        committee(entityCode);
        return QueryResults.await(queries.query(new FindMeeting(MeetingId.named(entityCode, meetingId)),
                ResponseTypes.optionalInstanceOf(MeetingView.class))).orElseThrow(() -> new MeetingNotFound(meetingId));
    }

    @PostMapping
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    ResponseEntity<Map<String, String>> schedule(@PathVariable String entityCode, @Valid @RequestBody ScheduleBody body) {
        MeetingId id = commands.sendAndWait(new ScheduleMeeting(committee(entityCode), body.scheduledFor(), body.agenda()));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + entityCode + "/meetings/" + id))
                .body(Map.of("meetingId", id.value()));
    }

    @PostMapping("/{meetingId}/held")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    Map<String, Object> hold(@PathVariable String entityCode, @PathVariable String meetingId,
                             @Valid @RequestBody HeldBody body) {
        CommitteeId committee = committee(entityCode);
        MeetingId id = MeetingId.named(entityCode, meetingId);
        Quorum quorum = commands.sendAndWait(new HoldMeeting(committee, id, body.heldOn(),
                body.present().stream().map(MemberId::new).toList(),
                body.delegate() == null ? null : new MemberId(body.delegate()), body.agendaCovered(), body.minutes(),
                body.documentRef()));
        return Map.of("meetingId", id.value(), "quorum", quorum);
    }

    @PostMapping("/{meetingId}/cancellation")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    Map<String, String> cancel(@PathVariable String entityCode, @PathVariable String meetingId,
                               @Valid @RequestBody CancellationBody body) {
        CommitteeId committee = committee(entityCode);
        MeetingId id = MeetingId.named(entityCode, meetingId);
        commands.sendAndWait(new CancelMeeting(committee, id, body.reason()));
        return Map.of("meetingId", id.value());
    }

    @PostMapping("/{meetingId}/minutes-approval")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    Map<String, String> approveMinutes(@PathVariable String entityCode, @PathVariable String meetingId,
                                       @Valid @RequestBody MinutesApprovalBody body) {
        CommitteeId committee = committee(entityCode);
        MeetingId id = MeetingId.named(entityCode, meetingId);
        commands.sendAndWait(new ApproveMinutes(committee, id, MeetingId.named(entityCode, body.atMeeting())));
        return Map.of("meetingId", id.value(), "atMeeting", body.atMeeting());
    }

    private static CommitteeId committee(String entityCode) {
        CommitteeId committee = CommitteeId.forEntity(entityCode);
        CurrentScope.require(entityCode);
        return committee;
    }
}
