package org.gelplan.ui.findings;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.reporting.api.CloseImprovementAction;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingSubjectCheck;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.ImprovementPlanId;
import org.gelplan.reporting.api.OpenImprovementAction;
import org.gelplan.reporting.api.RecordFinding;
import org.gelplan.ui.BlankFieldsAreNull;
import org.gelplan.ui.FormOutcome;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Record a finding, open an improvement action, close one: the same commands, roles and field rules as
 * {@code /api/v1/improvement-plans/{entityCode}/...}; the subject is checked by the same
 * {@link FindingSubjectCheck} as the API's.
 */
@BlankFieldsAreNull
@Controller
@RequestMapping("/improvement-plans/{entityCode}")
class FindingForms {

    static final String DAY = "dd/MM/yyyy";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern(DAY);

    record FindingForm(@NotNull FindingKind kind, @NotNull FindingSubjectKind subjectKind,
                       @NotBlank @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId,
                       @NotBlank @Size(max = 20000) String findingText,
                       @NotNull @DateTimeFormat(pattern = DAY) LocalDate recordedOn) {
    }

    record ActionForm(@NotBlank @Size(max = 5000) String actionDescription, @NotBlank @Size(max = 500) String responsible,
                      @DateTimeFormat(pattern = DAY) LocalDate openedOn, @NotNull @DateTimeFormat(pattern = DAY) LocalDate dueDate) {
    }

    record ClosureForm(@NotNull @DateTimeFormat(pattern = DAY) LocalDate closedOn,
                       @NotBlank @Size(max = 5000) String closureEvidence, @Size(max = 100) String attachmentId) {
    }

    private final CommandGateway commands;
    private final FindingSubjectCheck subjects;
    private final ImprovementPlanPage page;
    private final FormOutcome outcome;
    private final Clock clock;

    FindingForms(CommandGateway commands, FindingSubjectCheck subjects, ImprovementPlanPage page, FormOutcome outcome,
                 Clock clock) {
        this.commands = commands;
        this.subjects = subjects;
        this.page = page;
        this.outcome = outcome;
        this.clock = clock;
    }

    @PostMapping("/findings")
    @PreAuthorize("hasAnyRole('PLANNING','CONTROL_INTERNO')")
    String record(@PathVariable String entityCode, @Valid @ModelAttribute FindingForm form, BindingResult binding,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        ImprovementPlanId plan = improvementPlan(entityCode);
        AtomicReference<String> findingId = new AtomicReference<>();
        if (failed("finding", binding, model, locale, response, () -> {
            subjects.requireExists(entityCode, form.subjectKind(), form.subjectId());
            return commands.sendAndWait(new RecordFinding(plan, form.kind(), form.subjectKind(), form.subjectId(),
                    form.findingText(), form.recordedOn()));
        }, findingId)) {
            return page.show(model, entityCode);
        }
        done.addFlashAttribute("done", outcome.message("ui.findings.done.recorded", locale, findingId.get(),
                form.subjectId()));
        return "redirect:/improvement-plans/" + entityCode;
    }

    @PostMapping("/findings/{findingId}/actions")
    @PreAuthorize("hasAnyRole('PLANNING','CONTROL_INTERNO')")
    String open(@PathVariable String entityCode, @PathVariable String findingId, @Valid @ModelAttribute ActionForm form,
                BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        ImprovementPlanId plan = improvementPlan(entityCode);
        LocalDate openedOn = form.openedOn() == null ? GelTime.today(clock) : form.openedOn();
        AtomicReference<String> actionId = new AtomicReference<>();
        if (failed("action-" + findingId, binding, model, locale, response, () -> commands.sendAndWait(
                new OpenImprovementAction(plan, findingId, form.actionDescription(), form.responsible(), openedOn,
                        form.dueDate())), actionId)) {
            return page.show(model, entityCode);
        }
        done.addFlashAttribute("done", outcome.message("ui.findings.done.opened", locale, actionId.get(),
                form.responsible(), SHOWN.format(form.dueDate())));
        return "redirect:/improvement-plans/" + entityCode;
    }

    @PostMapping("/actions/{actionId}/closure")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER','PLANNING')")
    String close(@PathVariable String entityCode, @PathVariable String actionId, @Valid @ModelAttribute ClosureForm form,
                 BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        ImprovementPlanId plan = improvementPlan(entityCode);
        if (failed("closure-" + actionId, binding, model, locale, response, () -> commands.sendAndWait(
                new CloseImprovementAction(plan, actionId, form.closedOn(), new CloseImprovementAction.ClosureEvidence(
                        form.closureEvidence(), form.attachmentId()))), new AtomicReference<>())) {
            return page.show(model, entityCode);
        }
        done.addFlashAttribute("done", outcome.message("ui.findings.done.closed", locale, actionId, SHOWN.format(form.closedOn())));
        return "redirect:/improvement-plans/" + entityCode;
    }

    /** True (and 422) when the form was invalid or the command refused; otherwise the command's answer is kept. */
    private <T> boolean failed(String form, BindingResult binding, Model model, Locale locale, HttpServletResponse response,
                               Supplier<T> command, AtomicReference<T> answer) {
        return outcome.failed(form, binding, () -> answer.set(command.get()), model, locale, response);
    }

    private static ImprovementPlanId improvementPlan(String entityCode) {
        CurrentScope.require(entityCode);
        return ImprovementPlanId.of(entityCode);
    }
}
