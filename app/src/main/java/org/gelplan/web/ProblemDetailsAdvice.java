package org.gelplan.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become RFC 9457 problems ({@code application/problem+json}), with
 * texts from the message bundles in the request's language and the {@code requestId} in each.
 * Broken domain rules answer by their kind; an unreachable store is a 503 ({@link StoreOutages});
 * anything unforeseen is a 500 that names the request id
 * and is logged with its stack trace, because a user-caused 500 is a bug to fix.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String ERRORS = "errors";

    private final ProblemFactory problems;
    private final MessageSource messages;
    private final WebLimitsProperties limits;

    public ProblemDetailsAdvice(ProblemFactory problems, MessageSource messages, WebLimitsProperties limits) {
        this.problems = problems;
        this.messages = messages;
        this.limits = limits;
    }

    /** Security decides between 401 and 403 for method-security refusals, so they go back to its filters. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    public void leaveToSecurity(RuntimeException refusal) {
        throw refusal;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "request.invalid");
        problem.setProperty(ERRORS, ValidationProblems.of(ex));
        return answer(problem);
    }

    /** Broken domain rules and Axon's refusals, however wrapped; anything else is a 500. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> anyOther(Exception thrown) {
        ProblemSpec spec = CommandProblems.specFor(ExceptionCauses.unwrap(thrown));
        if (spec != null) {
            log.debug("Refused: {}", thrown.toString());
            return answer(problem(spec.status(), spec.key(), spec.arguments()));
        }
        if (StoreOutages.causedBy(thrown)) {
            log.warn("Store unreachable, answered 503 (request {}): {}", requestId(), thrown.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, StoreOutages.RETRY_AFTER_SECONDS)
                    .header(HttpHeaders.CONTENT_LANGUAGE, locale().toLanguageTag())
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, StoreOutages.PROBLEM_KEY));
        }
        log.error("Unexpected failure answered as 500 (request {})", requestId(), thrown);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", requestId()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A body that leaves out a required field is an incomplete request (400); one whose fields are
        // all there but out of bounds is unprocessable (422), and so is an uploaded file (raw bytes)
        // whose content is wrong, however it is wrong.
        boolean uploadedFile = ex.getParameter().getParameterType() == byte[].class;
        ProblemDetail problem = !uploadedFile && ValidationProblems.missesRequiredFields(ex.getBindingResult())
                ? problem(HttpStatus.BAD_REQUEST, "request.incomplete")
                : problem(HttpStatus.UNPROCESSABLE_ENTITY, "request.invalid");
        problem.setProperty(ERRORS, ValidationProblems.of(ex.getBindingResult(), messages, locale()));
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean body = ValidationProblems.concernsOnlyBodies(ex);
        ProblemDetail problem = body
                ? problem(HttpStatus.UNPROCESSABLE_ENTITY, "request.invalid")
                : problem(HttpStatus.BAD_REQUEST, "request.parameters-invalid");
        problem.setProperty(ERRORS, ValidationProblems.of(ex, messages, locale()));
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpHeaders localized = new HttpHeaders();
        localized.addAll(headers);
        localized.setContentLanguage(locale());
        if (body instanceof ProblemDetail problem
                && problem.getType().toString().startsWith(ProblemFactory.TYPE_BASE)) {
            return super.handleExceptionInternal(ex, problem, localized, status, request);
        }
        ProblemSpec spec = MvcProblems.specFor(ex, status, limits);
        ProblemDetail problem = spec.key() != null
                ? problem(spec.status(), spec.key(), spec.arguments())
                : problems.forStatus(spec.status(), body instanceof ProblemDetail p ? p.getDetail() : null, locale());
        if (spec.status().is5xxServerError()) {
            log.error("Spring MVC failure answered as {} (request {})", spec.status().value(), requestId(), ex);
        }
        return super.handleExceptionInternal(ex, problem, localized, spec.status(), request);
    }

    private ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.CONTENT_LANGUAGE, locale().toLanguageTag())
                .body(problem);
    }

    private ProblemDetail problem(HttpStatusCode status, String key, Object... arguments) {
        return problems.create(status, key, locale(), arguments);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static String requestId() {
        return RequestIds.current().map(RequestIds::requestId).orElse("-");
    }
}
