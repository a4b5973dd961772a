package org.gelplan.plan.api;

/**
 * What supports a measurement: a description and, optionally, where to see it.
 *
 * @param url         a public address (e.g. the website's statistics page)
 * @param documentRef a document reference (an archive number, the minutes of a meeting, a stored file's id)
 */
public record MeasurementEvidence(String description, String url, String documentRef) {
}
