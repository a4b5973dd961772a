package org.gelplan.web;

import org.springframework.http.HttpStatusCode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A command's refusal as the API would answer it (status, problem key, detail arguments), for callers
 * that show it in another form than a problem document, such as the browser pages.
 */
public record Refusal(HttpStatusCode status, String key, List<String> arguments) {

    /** The refusal behind whatever a command dispatch threw, or empty when it is not a known refusal. */
    public static Optional<Refusal> of(Throwable thrown) {
        ProblemSpec spec = CommandProblems.specFor(ExceptionCauses.unwrap(thrown));
        if (spec == null || spec.key() == null) {
            return Optional.empty();
        }
        List<String> arguments = spec.arguments() == null ? List.of()
                : Arrays.stream(spec.arguments()).map(String::valueOf).toList();
        return Optional.of(new Refusal(spec.status(), spec.key(), arguments));
    }

    /** The detail text of the problem, in the given locale. */
    public String detail(ProblemFactory problems, Locale locale) {
        return problems.message("problem." + key + ".detail", locale, arguments.toArray());
    }
}
