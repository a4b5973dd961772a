package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Planning or internal control recorded an observation or a finding on a subject (Art. 2).
 *
 * <p>For the plan: a finding enters the plan de mejoramiento and expects improvement actions. For an
 * auditor: the text as written, the day it refers to, and who recorded it (metadata); never edited.
 */
@Revision("1")
public record FindingRecorded(ImprovementPlanId planId, String findingId, FindingKind kind,
                              FindingSubjectKind subjectKind, String subjectId, String text, LocalDate recordedOn) {
}
