package org.gelplan.compliance.api;

/**
 * What proves a fulfilment: a description and, optionally, where to see it.
 *
 * @param url          a public address of the evidence (e.g. the page on the entity's website)
 * @param documentRef  a document reference (an archive number, or a stored file's id)
 */
public record Evidence(String description, String url, String documentRef) {
}
