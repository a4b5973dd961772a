package org.gelplan.compliance.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.compliance.api.FulfilCriterion;
import org.gelplan.compliance.api.MarkCriterionNotApplicable;
import org.gelplan.compliance.api.RescheduleCriterion;
import org.gelplan.compliance.api.RevokeFulfilment;
import org.gelplan.core.CurrentScope;
import org.gelplan.plan.api.PlanId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;

/** The life of a criterion: members record fulfilments and revocations, the leader reschedules and rules out. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/criteria/{code}")
class CriterionCommandsController {

    record EvidenceBody(@NotBlank @Size(max = 2000) String description, @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
                        @Size(max = 200) String documentRef) {
    }

    record FulfilmentBody(@NotNull LocalDate fulfilledOn, @NotNull @Valid EvidenceBody evidence) {
    }

    record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
    }

    record RescheduleBody(@NotNull LocalDate newTargetDate, @NotBlank @Size(max = 2000) String reason,
                          @Size(max = 100) String decisionId) {
    }

    private final CommandGateway commands;
    private final CitedDecisions decisions;

    CriterionCommandsController(CommandGateway commands, CitedDecisions decisions) {
        this.commands = commands;
        this.decisions = decisions;
    }

    @PostMapping("/fulfilment")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    Map<String, String> fulfil(@PathVariable String planId, @PathVariable String code, @Valid @RequestBody FulfilmentBody body) {
        EvidenceBody e = body.evidence();
        commands.sendAndWait(new FulfilCriterion(compliance(planId), code, body.fulfilledOn(),
                new Evidence(e.description(), e.url(), e.documentRef())));
        return answer(planId, code);
    }

    @PostMapping("/revocation")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    Map<String, String> revoke(@PathVariable String planId, @PathVariable String code, @Valid @RequestBody ReasonBody body) {
        commands.sendAndWait(new RevokeFulfilment(compliance(planId), code, body.reason()));
        return answer(planId, code);
    }

    @PostMapping("/reschedule")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    Map<String, String> reschedule(@PathVariable String planId, @PathVariable String code,
                                   @Valid @RequestBody RescheduleBody body) {
        ComplianceId compliance = compliance(planId);
        decisions.check(compliance.planId(), code, body.decisionId());
        commands.sendAndWait(new RescheduleCriterion(compliance, code, body.newTargetDate(), body.reason(),
                body.decisionId()));
        return answer(planId, code);
    }

    @PostMapping("/not-applicable")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    Map<String, String> notApplicable(@PathVariable String planId, @PathVariable String code,
                                      @Valid @RequestBody ReasonBody body) {
        commands.sendAndWait(new MarkCriterionNotApplicable(compliance(planId), code, body.reason()));
        return answer(planId, code);
    }

    private static ComplianceId compliance(String planId) {
        PlanId id = PlanId.fromPath(planId);
        CurrentScope.require(id.daneCode());
        return ComplianceId.of(id);
    }

    private static Map<String, String> answer(String planId, String code) {
        return Map.of("planId", planId, "code", code, "criterion", "/api/v1/plans/" + planId + "/criteria/" + code);
    }
}
