package org.gelplan.ui.criteria;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.compliance.api.CitedDecisionCheck;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.compliance.api.FulfilCriterion;
import org.gelplan.compliance.api.MarkCriterionNotApplicable;
import org.gelplan.compliance.api.RescheduleCriterion;
import org.gelplan.compliance.api.RevokeFulfilment;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.PlanId;
import org.gelplan.ui.BlankFieldsAreNull;
import org.gelplan.ui.FormOutcome;
import org.gelplan.ui.PlanQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The fulfil / revoke / reschedule / not-applicable forms of a criterion: the same commands, roles and
 * field rules as the API's {@code /api/v1/plans/{planId}/criteria/{code}/...} endpoints.
 */
@BlankFieldsAreNull
@Controller
@RequestMapping("/plans/{planId}/criteria/{code}")
class CriterionForms {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record FulfilmentForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate fulfilledOn,
                          @NotBlank @Size(max = 2000) String description,
                          @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
                          @Size(max = 200) String documentRef) {
    }

    record ReasonForm(@NotBlank @Size(max = 2000) String reason) {
    }

    record RescheduleForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate newTargetDate,
                          @NotBlank @Size(max = 2000) String reason, @Size(max = 100) String decisionId) {
    }

    private final CommandGateway commands;
    private final CitedDecisionCheck decisions;
    private final PlanQueries plans;
    private final FormOutcome outcome;
    private final Clock clock;

    CriterionForms(CommandGateway commands, CitedDecisionCheck decisions, PlanQueries plans, FormOutcome outcome,
                   Clock clock) {
        this.commands = commands;
        this.decisions = decisions;
        this.plans = plans;
        this.outcome = outcome;
        this.clock = clock;
    }

    @PostMapping("/fulfilment")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String fulfil(@PathVariable String planId, @PathVariable String code, @Valid @ModelAttribute FulfilmentForm form,
                  BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        return handle("fulfilment", planId, code, binding, model, locale, response, done,
                () -> new FulfilCriterion(compliance(planId), code, form.fulfilledOn(),
                        new Evidence(form.description(), form.url(), form.documentRef())),
                () -> outcome.message("ui.criterion.done.fulfilment", locale, code, DAY.format(form.fulfilledOn()),
                        form.description()));
    }

    @PostMapping("/revocation")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String revoke(@PathVariable String planId, @PathVariable String code, @Valid @ModelAttribute ReasonForm form,
                  BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        return handle("revocation", planId, code, binding, model, locale, response, done,
                () -> new RevokeFulfilment(compliance(planId), code, form.reason()),
                () -> outcome.message("ui.criterion.done.revocation", locale, code, form.reason()));
    }

    @PostMapping("/reschedule")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    String reschedule(@PathVariable String planId, @PathVariable String code, @Valid @ModelAttribute RescheduleForm form,
                      BindingResult binding, Model model, Locale locale, HttpServletResponse response,
                      RedirectAttributes done) {
        return handle("reschedule", planId, code, binding, model, locale, response, done,
                () -> {
                    ComplianceId compliance = compliance(planId);
                    decisions.check(compliance.planId(), code, form.decisionId());
                    return new RescheduleCriterion(compliance, code, form.newTargetDate(), form.reason(), form.decisionId());
                },
                () -> outcome.message("ui.criterion.done.reschedule", locale, code, DAY.format(form.newTargetDate()),
                        form.reason()));
    }

    @PostMapping("/not-applicable")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    String notApplicable(@PathVariable String planId, @PathVariable String code, @Valid @ModelAttribute ReasonForm form,
                         BindingResult binding, Model model, Locale locale, HttpServletResponse response,
                         RedirectAttributes done) {
        return handle("notApplicable", planId, code, binding, model, locale, response, done,
                () -> new MarkCriterionNotApplicable(compliance(planId), code, form.reason()),
                () -> outcome.message("ui.criterion.done.not-applicable", locale, code, form.reason()));
    }

    private String handle(String form, String planId, String code, BindingResult binding, Model model, Locale locale,
                          HttpServletResponse response, RedirectAttributes done, Supplier<Object> command,
                          Supplier<String> confirmation) {
        if (outcome.failed(form, binding, () -> commands.sendAndWait(command.get()), model, locale, response)) {
            return CriteriaPages.CriterionPage.show(model, plans.summary(planId),
                    plans.criterion(planId, code, GelTime.today(clock)));
        }
        done.addFlashAttribute("done", confirmation.get());
        return "redirect:/plans/" + planId + "/criteria/" + code;
    }

    private static ComplianceId compliance(String planId) {
        return ComplianceId.of(PlanId.inCallersScope(planId));
    }
}
