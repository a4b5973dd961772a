package org.gelplan.ui.committee;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.committee.api.CancelMeeting;
import org.gelplan.committee.api.HoldMeeting;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.Quorum;
import org.gelplan.committee.api.RecordDecision;
import org.gelplan.committee.api.ScheduleMeeting;
import org.gelplan.committee.api.Votes;
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

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The meeting lifecycle in forms: schedule, hold with a roll call, cancel, record a decision. The same
 * commands, roles and field rules as the API's {@code /api/v1/committees/{entityCode}/meetings...}.
 */
@BlankFieldsAreNull
@Controller
@RequestMapping("/committees/{entityCode}/meetings")
class MeetingForms {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SUBJECT = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    record ScheduleForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate scheduledFor,
                        @NotBlank @Size(max = 25000) String agenda) {
    }

    record HoldForm(@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate heldOn,
                    @NotEmpty @Size(max = 100) List<@Pattern(regexp = MemberId.REGEXP) String> present,
                    @Pattern(regexp = MemberId.REGEXP) String delegate,
                    @Size(max = 50) List<@Size(max = 500) String> agendaCovered,
                    @NotBlank @Size(max = 20000) String minutes, @Size(max = 500) String documentRef) {
    }

    record ReasonForm(@NotBlank @Size(max = 2000) String reason) {
    }

    record DecisionForm(@NotBlank @Size(max = 4000) String text, @NotNull @PositiveOrZero Integer votesFor,
                        @NotNull @PositiveOrZero Integer votesAgainst, @NotNull @PositiveOrZero Integer abstentions,
                        @Size(max = 2000) @Pattern(regexp = "(" + SUBJECT + "[ ,]*)*") String subjects,
                        @NotNull @Pattern(regexp = MemberId.REGEXP) String responsible,
                        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate dueDate) {
    }

    private final CommandGateway commands;
    private final CommitteePages pages;
    private final FormOutcome outcome;

    MeetingForms(CommandGateway commands, CommitteePages pages, FormOutcome outcome) {
        this.commands = commands;
        this.pages = pages;
        this.outcome = outcome;
    }

    @PostMapping
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String schedule(@PathVariable String entityCode, @Valid @ModelAttribute ScheduleForm form, BindingResult binding,
                    Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        AtomicReference<MeetingId> id = new AtomicReference<>();
        if (outcome.failed("schedule", binding, () -> id.set(
                commands.sendAndWait(new ScheduleMeeting(CommitteeQueries.scoped(entityCode), form.scheduledFor(),
                        lines(form.agenda())))), model, locale, response)) {
            model.addAttribute("scheduleOpen", true);
            return pages.committee(entityCode, model);
        }
        done.addFlashAttribute("done", outcome.message("ui.meeting.done.scheduled", locale, id.get().value(),
                DAY.format(form.scheduledFor())));
        return "redirect:/committees/" + entityCode + "/meetings/" + id.get().value();
    }

    @PostMapping("/{meetingId}/held")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String hold(@PathVariable String entityCode, @PathVariable String meetingId, @Valid @ModelAttribute HoldForm form,
                BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        AtomicReference<Quorum> quorum = new AtomicReference<>();
        MeetingId id = MeetingId.named(entityCode, meetingId);
        if (outcome.failed("hold", binding, () -> quorum.set(
                commands.sendAndWait(new HoldMeeting(CommitteeQueries.scoped(entityCode), id, form.heldOn(),
                        form.present().stream().map(MemberId::new).toList(),
                        form.delegate() == null ? null : new MemberId(form.delegate()),
                        form.agendaCovered() == null ? List.of() : form.agendaCovered(), form.minutes(),
                        form.documentRef()))), model, locale, response)) {
            return pages.show(model, entityCode, id.value());
        }
        Quorum q = quorum.get();
        done.addFlashAttribute("done", outcome.message(q.reached() ? "ui.meeting.done.held" : "ui.meeting.done.held-no-quorum",
                locale, id.value(), DAY.format(form.heldOn()), q.presentVoting().size(), q.votingMembers().size(), q.required()));
        return "redirect:/committees/" + entityCode + "/meetings/" + id.value();
    }

    @PostMapping("/{meetingId}/cancellation")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String cancel(@PathVariable String entityCode, @PathVariable String meetingId, @Valid @ModelAttribute ReasonForm form,
                  BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        MeetingId id = MeetingId.named(entityCode, meetingId);
        if (outcome.failed("cancel", binding, () -> commands.sendAndWait(
                new CancelMeeting(CommitteeQueries.scoped(entityCode), id, form.reason())), model, locale, response)) {
            return pages.show(model, entityCode, id.value());
        }
        done.addFlashAttribute("done", outcome.message("ui.meeting.done.cancelled", locale, id.value(), form.reason()));
        return "redirect:/committees/" + entityCode + "/meetings/" + id.value();
    }

    @PostMapping("/{meetingId}/decisions")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String decide(@PathVariable String entityCode, @PathVariable String meetingId, @Valid @ModelAttribute DecisionForm form,
                  BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        MeetingId id = MeetingId.named(entityCode, meetingId);
        AtomicReference<Object> decision = new AtomicReference<>();
        if (outcome.failed("decision", binding, () -> decision.set(
                commands.sendAndWait(new RecordDecision(CommitteeQueries.scoped(entityCode), id, form.text(),
                        new Votes(form.votesFor(), form.votesAgainst(), form.abstentions()), subjects(form.subjects()),
                        new MemberId(form.responsible()), form.dueDate()))), model, locale, response)) {
            return pages.show(model, entityCode, id.value());
        }
        done.addFlashAttribute("done", outcome.message("ui.meeting.done.decision", locale, String.valueOf(decision.get()),
                form.text(), DAY.format(form.dueDate())));
        return "redirect:/committees/" + entityCode + "/meetings/" + id.value();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> subjects(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[ ,]+")).filter(s -> !s.isBlank()).toList();
    }
}
