package org.gelplan.web;

import org.springframework.http.HttpStatusCode;

/**
 * Which problem answers an exception: its status, its message key (the problem type) and the
 * arguments of its detail text. A {@code null} key means a plain HTTP status ({@code about:blank}).
 */
record ProblemSpec(HttpStatusCode status, String key, Object... arguments) {
}
