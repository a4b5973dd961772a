/**
 * The HTTP platform every controller stands on.
 *
 * <ul>
 *   <li>Errors are RFC 9457 problems, built only by {@link org.gelplan.web.ProblemDetailsAdvice}: throw a
 *       {@link org.gelplan.core.DomainRuleViolation} subclass from the aggregate (or the controller) and add
 *       {@code problem.<key>.title} and {@code problem.<key>.detail} to {@code messages.properties} (Spanish)
 *       and {@code messages_en.properties}; the type is {@code https://gelplan.org/problems/<key>}.</li>
 *   <li>Request bodies are records with Bean Validation ({@code @Valid @RequestBody}): failures answer 422
 *       with an {@code errors} list; malformed JSON, wrong types, missing primitives, duplicate keys,
 *       {@code $}-keys, dotted keys and {@code "$operator"} strings answer 400 before a controller runs.</li>
 *   <li>Every response carries {@code X-Request-Id} and {@code X-Correlation-Id}; every problem its
 *       {@code requestId}.</li>
 * </ul>
 */
package org.gelplan.web;
