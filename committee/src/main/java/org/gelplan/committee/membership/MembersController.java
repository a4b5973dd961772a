package org.gelplan.committee.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.committee.api.AppointMember;
import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.RemoveMember;
import org.gelplan.core.CurrentScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Membership changes by the committee's leader: appointments and removals, each from a day on and with a reason. */
@RestController
@RequestMapping("/api/v1/committees/{entityCode}/members")
class MembersController {

    record AppointmentBody(@NotBlank @Size(max = 200) String position, @Size(max = 200) String personName,
                           @NotEmpty @Size(max = 7) List<@NotNull CommitteeRole> roles, @Size(max = 1000) String note,
                           @NotNull LocalDate effectiveOn, @NotBlank @Size(max = 2000) String reason) {
    }

    record RemovalBody(@NotNull LocalDate effectiveOn, @NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;

    MembersController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    ResponseEntity<Map<String, String>> appoint(@PathVariable String entityCode, @Valid @RequestBody AppointmentBody body) {
        CommitteeId committee = CommitteeId.forEntity(entityCode);
        CurrentScope.require(entityCode);
        Appointee appointee = new Appointee(body.position(), body.personName(), body.roles(), body.note());
        MemberId id = commands.sendAndWait(new AppointMember(committee, appointee, body.effectiveOn(), body.reason()));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + entityCode + "/members/" + id))
                .body(Map.of("memberId", id.value()));
    }

    @PostMapping("/{memberId}/removal")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    Map<String, String> remove(@PathVariable String entityCode, @PathVariable String memberId,
                               @Valid @RequestBody RemovalBody body) {
        CommitteeId committee = CommitteeId.forEntity(entityCode);
        CurrentScope.require(entityCode);
        MemberId id = MemberId.named(entityCode, memberId);
        commands.sendAndWait(new RemoveMember(committee, id, body.effectiveOn(), body.reason()));
        return Map.of("memberId", id.value());
    }
}
