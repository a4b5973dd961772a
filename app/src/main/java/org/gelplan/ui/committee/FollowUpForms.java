package org.gelplan.ui.committee;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.committee.api.ApproveMinutes;
import org.gelplan.committee.api.CompleteDecision;
import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionNotFound;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.core.GelTime;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * After a meeting: a member records that a decision was carried out (with evidence), the leader records
 * that the minutes were approved at a later meeting. The same commands, roles and field rules as
 * {@code POST /api/v1/committees/{entityCode}/decisions/{id}/completion} and {@code .../minutes-approval}.
 */
@BlankFieldsAreNull
@Controller
class FollowUpForms {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record CompletionForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate completedOn,
                          @NotBlank @Size(max = 2000) String description,
                          @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
                          @Size(max = 500) String documentRef) {
    }

    record ApprovalForm(@NotNull @Pattern(regexp = MeetingId.REGEXP) String atMeeting) {
    }

    private final CommandGateway commands;
    private final CommitteeQueries committees;
    private final CommitteePages pages;
    private final FormOutcome outcome;
    private final Clock clock;

    FollowUpForms(CommandGateway commands, CommitteeQueries committees, CommitteePages pages, FormOutcome outcome,
                  Clock clock) {
        this.commands = commands;
        this.committees = committees;
        this.pages = pages;
        this.outcome = outcome;
        this.clock = clock;
    }

    @PostMapping("/committees/{entityCode}/decisions/{decisionId}/completion")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String complete(@PathVariable String entityCode, @PathVariable String decisionId, @Valid @ModelAttribute CompletionForm form,
                    BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        DecisionId id = DecisionId.named(entityCode, decisionId);
        DecisionView decision = committees.decisions(entityCode, GelTime.today(clock)).stream()
                .filter(d -> d.id().equals(id.value())).findFirst()
                .orElseThrow(() -> new DecisionNotFound(id.value()));
        String formName = "complete-" + id.value();
        if (outcome.failed(formName, binding, () -> commands.sendAndWait(
                new CompleteDecision(CommitteeQueries.scoped(entityCode), id, form.completedOn(),
                        new CompletionEvidence(form.description(), form.url(), form.documentRef()))), model, locale, response)) {
            return pages.show(model, entityCode, decision.meetingId());
        }
        done.addFlashAttribute("done", outcome.message("ui.decision.done.completed", locale, id.value(),
                DAY.format(form.completedOn())));
        return "redirect:/committees/" + entityCode + "/meetings/" + decision.meetingId();
    }

    @PostMapping("/committees/{entityCode}/meetings/{meetingId}/minutes-approval")
    @PreAuthorize("hasRole('COMMITTEE_LEADER')")
    String approve(@PathVariable String entityCode, @PathVariable String meetingId, @Valid @ModelAttribute ApprovalForm form,
                   BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        MeetingId id = MeetingId.named(entityCode, meetingId);
        if (outcome.failed("approval", binding, () -> commands.sendAndWait(
                new ApproveMinutes(CommitteeQueries.scoped(entityCode), id, MeetingId.named(entityCode, form.atMeeting()))),
                model, locale, response)) {
            return pages.show(model, entityCode, id.value());
        }
        done.addFlashAttribute("done", outcome.message("ui.meeting.done.minutes-approved", locale, id.value(), form.atMeeting()));
        return "redirect:/committees/" + entityCode + "/meetings/" + id.value();
    }
}
