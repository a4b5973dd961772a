package org.gelplan.ui.indicators;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorNotFound;
import org.gelplan.plan.api.MeasureIndicator;
import org.gelplan.plan.api.Measurement;
import org.gelplan.plan.api.MeasurementEvidence;
import org.gelplan.plan.api.PlanId;
import org.gelplan.ui.BlankFieldsAreNull;
import org.gelplan.ui.FormOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.Locale;

/** The measurement form: the same command, role and field rules as {@code POST /api/v1/plans/{planId}/indicators/{id}/measurements}. */
@BlankFieldsAreNull
@Controller
class MeasurementForm {

    record Form(@NotBlank @Size(max = 10) String period, @Digits(integer = 12, fraction = 6) BigDecimal numerator,
                @Digits(integer = 12, fraction = 6) BigDecimal denominator, @Digits(integer = 12, fraction = 6) BigDecimal value,
                @Size(max = 100) String level, @NotBlank @Size(max = 500) String source,
                @Size(max = 2000) String evidence) {
    }

    private final CommandGateway commands;
    private final IndicatorPages pages;
    private final FormOutcome outcome;

    MeasurementForm(CommandGateway commands, IndicatorPages pages, FormOutcome outcome) {
        this.commands = commands;
        this.pages = pages;
        this.outcome = outcome;
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/measurements")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER')")
    String measure(@PathVariable String planId, @PathVariable String indicatorId, @Valid @ModelAttribute Form form,
                   BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        PlanId plan = PlanId.inCallersScope(planId);
        if (!IndicatorId.isValid(indicatorId)) {
            throw new IndicatorNotFound(planId, indicatorId);
        }
        Measurement measurement = new Measurement(form.numerator(), form.denominator(), form.value(), form.level(),
                form.source(), form.evidence() == null ? null : new MeasurementEvidence(form.evidence(), null, null));
        if (outcome.failed("measurement", binding, () -> commands.sendAndWait(
                new MeasureIndicator(plan, new IndicatorId(indicatorId), form.period(), measurement)), model, locale, response)) {
            return pages.show(model, planId, indicatorId);
        }
        done.addFlashAttribute("done", outcome.message("ui.indicator.done.measured", locale, indicatorId, form.period(),
                form.source()));
        return "redirect:/plans/" + planId + "/indicators/" + indicatorId;
    }
}
