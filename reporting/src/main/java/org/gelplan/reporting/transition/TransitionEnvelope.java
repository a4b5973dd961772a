package org.gelplan.reporting.transition;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.gelplan.reporting.api.AuditAnchor;

import java.time.Instant;
import java.time.LocalDate;

/** The transition report's envelope: generation instant, audit anchor and SHA-256 around the exact body bytes. */
record TransitionEnvelope(String planId, LocalDate asOf, Instant generatedAt, AuditAnchor anchor, String sha256,
                          @JsonRawValue String body) {
}
