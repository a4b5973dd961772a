package org.gelplan.ui.layout;

import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.web.ProblemFactory;
import org.gelplan.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Locale;

/**
 * A page that fails answers as a page, not as the API's problem document: a refused query (unknown
 * plan, another entity's plan) with its status and the same text the API would give.
 */
@ControllerAdvice(basePackages = "org.gelplan.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final ProblemFactory problems;
    private final PageModel layout;

    PageErrors(ProblemFactory problems, PageModel layout) {
        this.problems = problems;
        this.layout = layout;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(Model model, HttpServletResponse response, Locale locale) {
        return page(model, response, 403, problems.message("ui.error.forbidden", locale));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(Model model, HttpServletResponse response, Locale locale) {
        return page(model, response, 404, problems.message("ui.error.not-found", locale));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, BindException.class})
    String badRequest(Model model, HttpServletResponse response, Locale locale) {
        return page(model, response, 400, problems.message("ui.error.bad-request", locale));
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, Model model, HttpServletResponse response, Locale locale) {
        return Refusal.of(e)
                .map(refusal -> page(model, response, refusal.status().value(), refusal.detail(problems, locale)))
                .orElseGet(() -> {
                    log.error("Page failed", e);
                    return page(model, response, 500, problems.message("ui.error.unexpected", locale));
                });
    }

    private String page(Model model, HttpServletResponse response, int status, String detail) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        model.addAttribute("me", layout.me());
        model.addAttribute("lastUpdate", layout.lastUpdate());
        return "problem-page";
    }
}
