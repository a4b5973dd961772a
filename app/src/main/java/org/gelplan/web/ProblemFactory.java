package org.gelplan.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problem for a message key: type {@code https://gelplan.org/problems/<key>},
 * title {@code problem.<key>.title} and detail {@code problem.<key>.detail} from the message bundles
 * (Spanish by default, English for {@code Accept-Language: en}), plus the {@code requestId}.
 * A key without a title falls back to {@code problem.status.<code>.title}.
 */
@Component
public class ProblemFactory {

    public static final String TYPE_BASE = "https://gelplan.org/problems/";
    public static final String REQUEST_ID = "requestId";

    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatusCode status, String key, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + key));
        problem.setTitle(title("problem." + key + ".title", status, locale));
        problem.setDetail(messages.getMessage("problem." + key + ".detail", printable(arguments), null, locale));
        return withRequestId(problem);
    }

    /** For problems with no meaning beyond their HTTP status (RFC 9457 {@code about:blank}). */
    public ProblemDetail forStatus(HttpStatusCode status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title("problem.status." + status.value() + ".title", status, locale));
        problem.setDetail(detail);
        return withRequestId(problem);
    }

    public String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, printable(arguments), code, locale);
    }

    private String title(String code, HttpStatusCode status, Locale locale) {
        String byStatus = messages.getMessage("problem.status." + status.value() + ".title", null, null, locale);
        String fallback = byStatus != null ? byStatus : reasonPhrase(status);
        return messages.getMessage(code, null, fallback, locale);
    }

    private static ProblemDetail withRequestId(ProblemDetail problem) {
        RequestIds.current().ifPresent(ids -> problem.setProperty(REQUEST_ID, ids.requestId()));
        return problem;
    }

    private static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : String.valueOf(status.value());
    }

    // MessageFormat would print 86001 as "86.001" in Spanish: ids, codes and dates are shown as given.
    private static Object[] printable(Object[] arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toArray();
    }
}
