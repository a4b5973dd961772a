package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;

/**
 * Control interno witnessed that the audit chain had {@code length} events ending in link {@code head}.
 * For an auditor: from now on, a chain that does not extend this one means witnessed history was
 * rewritten; the witness is the actor in the metadata.
 */
@Revision("1")
public record CheckpointWitnessed(String ledgerId, long length, String head, String note) {
}
