package org.gelplan.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.axon.AxonProperties;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.web.ProblemFactory;
import org.gelplan.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a page form ends: invalid fields are shown beside each field, a refused command beside the form
 * with the API's own problem text; a recorded command waits until the read models show it, so that the
 * page the browser is sent to states what was recorded.
 */
@Component
public class FormOutcome {

    /** Model attribute: which form the errors belong to. */
    public static final String FORM = "failedForm";
    /** Model attribute: field name → message. */
    public static final String ERRORS = "fieldErrors";
    /** Model attribute: the refusal's text. */
    public static final String REFUSAL = "refusal";

    private final MessageSource messages;
    private final ProblemFactory problems;
    private final ProjectionCatchUp projections;
    private final AxonProperties axon;

    FormOutcome(MessageSource messages, ProblemFactory problems, ProjectionCatchUp projections, AxonProperties axon) {
        this.messages = messages;
        this.problems = problems;
        this.projections = projections;
        this.axon = axon;
    }

    /** Puts the binding's field errors on the model; true when there were any. */
    public boolean invalid(String form, BindingResult binding, Model model, Locale locale) {
        if (!binding.hasErrors()) {
            return false;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        model.addAttribute(FORM, form);
        model.addAttribute(ERRORS, errors);
        return true;
    }

    /** Runs a command; a known refusal is put on the model (and false returned), anything else is rethrown. */
    public boolean recorded(String form, Runnable command, Model model, Locale locale) {
        try {
            command.run();
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.of(e).orElseThrow(() -> e);
            model.addAttribute(FORM, form);
            model.addAttribute(ERRORS, Map.of());
            model.addAttribute(REFUSAL, refusal.detail(problems, locale));
            return false;
        }
        projections.awaitRequest(axon.readYourWrites());
        return true;
    }

    /**
     * A form post's usual course: field errors, or else the command and its refusal, put on the model.
     * True (and the answer set to 422, the page to be shown again) when either stopped it.
     */
    public boolean failed(String form, BindingResult binding, Runnable command, Model model, Locale locale,
                          HttpServletResponse response) {
        if (invalid(form, binding, model, locale) || !recorded(form, command, model, locale)) {
            response.setStatus(422);
            return true;
        }
        return false;
    }

    public String message(String key, Locale locale, Object... arguments) {
        return problems.message(key, locale, arguments);
    }
}
