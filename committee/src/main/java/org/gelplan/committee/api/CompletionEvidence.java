package org.gelplan.committee.api;

/**
 * What shows that a decision was carried out.
 *
 * @param url         a public address of the evidence (e.g. a page on the entity's website)
 * @param documentRef a document reference (an archive number, or a stored file's id)
 */
public record CompletionEvidence(String description, String url, String documentRef) {
}
