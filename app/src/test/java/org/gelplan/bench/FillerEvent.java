package org.gelplan.bench;

import org.axonframework.serialization.Revision;

/** Padding history for the scaling runs: an event no handler reads, about the size of a real one. */
@Revision("1")
public record FillerEvent(String aggregateId, long number, String text) {
}
