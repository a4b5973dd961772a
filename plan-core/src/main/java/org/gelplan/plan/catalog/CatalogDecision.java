package org.gelplan.plan.catalog;

import java.util.Objects;

/**
 * How the authors of a catalog file settled an ambiguity of its source (what counts as a criterion,
 * an OCR fix, a reading of a table). Kept with the data so that an auditor can follow every count.
 *
 * @param id       short reference, e.g. {@code D03}
 * @param topic    what was ambiguous
 * @param decision what the file does about it, and why
 */
public record CatalogDecision(String id, String topic, String decision) {

    public CatalogDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(decision, "decision");
    }
}
