package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record an observation or a finding of an evaluation (Art. 2) on a subject; answers the new finding id. */
public record RecordFinding(@TargetAggregateIdentifier ImprovementPlanId planId, FindingKind kind,
                            FindingSubjectKind subjectKind, String subjectId, String text, LocalDate recordedOn) {
}
