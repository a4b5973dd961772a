package org.gelplan.reporting.api;

import java.time.LocalDate;
import java.util.List;

/** A finding or observation with its improvement actions as of a day; {@code open} while any action is. */
public record FindingView(String findingId, FindingKind kind, FindingSubjectKind subjectKind, String subjectId,
                          String text, LocalDate recordedOn, String recordedBy, List<ImprovementActionView> actions,
                          boolean open) {
}
