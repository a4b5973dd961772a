package org.gelplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers with a problem from outside Spring MVC (security and servlet filters), where no
 * {@code @RestControllerAdvice} runs: same bundles, same locale rules, same JSON as the API.
 */
@Component
public class ProblemResponseWriter {

    private final ProblemFactory problems;
    private final LocaleResolver localeResolver;
    private final MappingJackson2HttpMessageConverter json;

    public ProblemResponseWriter(ProblemFactory problems, LocaleResolver localeResolver,
                                 MappingJackson2HttpMessageConverter json) {
        this.problems = problems;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
                      String key, Object... arguments) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = problems.create(status, key, locale, arguments);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setHeader("Content-Language", locale.toLanguageTag());
        json.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }
}
