package org.gelplan.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Which problem key, status and arguments answer each exception Spring MVC raises for bad requests. */
final class MvcProblems {

    private static final int MAX_ECHO = 64;
    // Spring MVC has no exception type of its own for an absent required body, only this message.
    private static final String MISSING_BODY = "Required request body is missing";

    private MvcProblems() {
    }

    static ProblemSpec specFor(Exception ex, HttpStatusCode status, WebLimitsProperties limits) {
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, limits);
        } else if (ex instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : "?";
            return new ProblemSpec(HttpStatus.BAD_REQUEST, "request.parameter-invalid",
                    name, echo(mismatch.getValue()));
        } else if (ex instanceof MissingServletRequestParameterException missing) {
            return new ProblemSpec(HttpStatus.BAD_REQUEST, "request.parameter-missing", missing.getParameterName());
        } else if (ex instanceof MissingRequestHeaderException missing) {
            return new ProblemSpec(HttpStatus.BAD_REQUEST, "request.header-missing", missing.getHeaderName());
        } else if (ex instanceof NoResourceFoundException notFound) {
            return new ProblemSpec(HttpStatus.NOT_FOUND, "route.not-found", "/" + notFound.getResourcePath());
        } else if (ex instanceof NoHandlerFoundException notFound) {
            return new ProblemSpec(HttpStatus.NOT_FOUND, "route.not-found", notFound.getRequestURL());
        } else if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return new ProblemSpec(HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed", method.getMethod());
        } else if (ex instanceof HttpMediaTypeNotSupportedException media) {
            return new ProblemSpec(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type-unsupported",
                    media.getContentType() == null ? "-" : media.getContentType().toString());
        } else if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return new ProblemSpec(HttpStatus.NOT_ACCEPTABLE, "request.not-acceptable");
        } else if (ex instanceof MaxUploadSizeExceededException) {
            return new ProblemSpec(HttpStatus.PAYLOAD_TOO_LARGE, "request.upload-too-large");
        }
        return new ProblemSpec(status, null);
    }

    private static ProblemSpec unreadable(HttpMessageNotReadableException ex, WebLimitsProperties limits) {
        Throwable cause = ex.getCause();
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof RequestBodyTooLarge) {
            return new ProblemSpec(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimitFilter.PROBLEM_KEY,
                    limits.maxBodySize().toBytes());
        } else if (cause instanceof StreamConstraintsException) {
            return new ProblemSpec(HttpStatus.BAD_REQUEST, "request.limit-exceeded",
                    limits.maxStringLength(), limits.maxNestingDepth());
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new ProblemSpec(HttpStatus.BAD_REQUEST, "request.invalid-value", path(mapping));
        } else if (cause == null && String.valueOf(ex.getMessage()).startsWith(MISSING_BODY)) {
            return new ProblemSpec(HttpStatus.BAD_REQUEST, "request.body-missing");
        }
        return new ProblemSpec(HttpStatus.BAD_REQUEST, "request.malformed");
    }

    /** The JSON field that could not be read, as {@code evidence.url} or {@code agenda[2]}. */
    static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
    }
}
