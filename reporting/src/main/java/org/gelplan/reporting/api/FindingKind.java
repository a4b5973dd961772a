package org.gelplan.reporting.api;

/** An observation is noted for the record; a finding (hallazgo) also opens improvement actions. */
public enum FindingKind {
    OBSERVATION,
    FINDING
}
