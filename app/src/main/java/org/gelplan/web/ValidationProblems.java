package org.gelplan.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns Bean Validation results into {@link FieldProblem}s. Messages come from the bundles by
 * constraint name ({@code NotBlank}, {@code Size}...; a module may add {@code NotBlank.reason} or
 * the like), falling back to the validator's own, already localized message.
 */
final class ValidationProblems {

    private static final Comparator<FieldProblem> BY_FIELD =
            Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message);

    private ValidationProblems() {
    }

    static List<FieldProblem> of(Errors result, MessageSource messages, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            problems.add(new FieldProblem(error.getObjectName(), messages.getMessage(error, locale)));
        }
        problems.sort(BY_FIELD);
        return problems;
    }

    static List<FieldProblem> of(HandlerMethodValidationException ex, MessageSource messages, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                problems.addAll(of(errors, messages, locale));
            } else {
                String name = String.valueOf(result.getMethodParameter().getParameterName());
                result.getResolvableErrors().forEach(error ->
                        problems.add(new FieldProblem(name, messages.getMessage(error, locale))));
            }
        }
        problems.sort(BY_FIELD);
        return problems;
    }

    /** Only a body that fails its constraints is 422; a bad path or query parameter is a 400. */
    private static final java.util.Set<String> MISSING = java.util.Set.of("NotNull", "NotBlank", "NotEmpty");

    /** Whether a required field was left out (null, empty or blank). */
    static boolean missesRequiredFields(Errors result) {
        return result.getFieldErrors().stream().anyMatch(error -> MISSING.contains(error.getCode()));
    }

    static boolean concernsOnlyBodies(HandlerMethodValidationException ex) {
        return ex.getParameterValidationResults().stream()
                .allMatch(result -> result.getMethodParameter().hasParameterAnnotation(RequestBody.class));
    }

    static List<FieldProblem> of(ConstraintViolationException ex) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            problems.add(new FieldProblem(String.valueOf(violation.getPropertyPath()), violation.getMessage()));
        }
        problems.sort(BY_FIELD);
        return problems;
    }
}
