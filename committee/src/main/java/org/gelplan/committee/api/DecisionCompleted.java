package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A decision was carried out.
 *
 * <p>For the plan: it is no longer open, and counts as on time if completed by its due date. For an
 * auditor: the evidence, and who recorded it.
 */
@Revision("1")
public record DecisionCompleted(CommitteeId committeeId, DecisionId decisionId, LocalDate completedOn,
                                CompletionEvidence evidence, boolean onTime) {
}
