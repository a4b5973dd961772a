package org.gelplan.web;

/**
 * One invalid input in a 400/422 problem's {@code errors} list: the field ({@code evidence.url}),
 * parameter ({@code asOf}) or JSON Pointer it concerns, and what is wrong with it, localized.
 */
public record FieldProblem(String field, String message) {
}
