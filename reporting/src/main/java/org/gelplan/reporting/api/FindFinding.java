package org.gelplan.reporting.api;

/** Query: one finding of an entity as of today; answers an empty Optional when there is none. */
public record FindFinding(String entityCode, String findingId) {
}
