package org.gelplan.reporting.quarterly;

import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.FactType;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.quarterly.QuarterlyReport.CriteriaSection;
import org.gelplan.reporting.quarterly.QuarterlyReport.CriterionLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.PublishedBasis;
import org.gelplan.reporting.quarterly.QuarterlyReport.RetroactiveChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads criteria timelines for a report: what changed during the quarter by effective date, and which
 * facts were recorded after an earlier published report although they are effective within its quarter.
 */
final class CriteriaChanges {

    private CriteriaChanges() {
    }

    static CriteriaSection inQuarter(List<CriterionDetail> details, Quarter quarter) {
        List<CriterionLine> fulfilled = new ArrayList<>();
        List<CriterionLine> rescheduled = new ArrayList<>();
        List<CriterionLine> revoked = new ArrayList<>();
        List<CriterionLine> notApplicable = new ArrayList<>();
        List<CriterionLine> overdue = new ArrayList<>();
        for (CriterionDetail detail : details) {
            CriterionView c = detail.criterion();
            for (CriterionFact fact : detail.timeline()) {
                if (!quarter.contains(fact.effectiveOn())) {
                    continue;
                }
                switch (fact.type()) {
                    case FULFILLED -> fulfilled.add(line(c, fact, fact.evidence() == null ? null : fact.evidence().description()));
                    case RESCHEDULED -> rescheduled.add(line(c, fact, fact.reason()));
                    case FULFILMENT_REVOKED -> revoked.add(line(c, fact, fact.reason()));
                    case MARKED_NOT_APPLICABLE -> notApplicable.add(line(c, fact, fact.reason()));
                    default -> {
                    }
                }
            }
            if (c.overdue()) {
                overdue.add(new CriterionLine(c.code(), c.name(), c.phase().name(), null, c.targetDate(), c.statusReason()));
            }
        }
        return new CriteriaSection(sorted(fulfilled), sorted(rescheduled), sorted(revoked), sorted(notApplicable), overdue);
    }

    /** Facts recorded after {@code basis} was generated whose effective date falls in or before its quarter. */
    static List<RetroactiveChange> since(List<CriterionDetail> details, PublishedBasis basis) {
        if (basis == null) {
            return List.of();
        }
        Quarter published = Quarter.parse(basis.quarter());
        List<RetroactiveChange> changes = new ArrayList<>();
        for (CriterionDetail detail : details) {
            CriterionView c = detail.criterion();
            for (CriterionFact fact : detail.timeline()) {
                boolean recordedLater = fact.recordedAt().isAfter(basis.generatedAt());
                boolean countsForPublished = !fact.effectiveOn().isAfter(published.lastDay());
                if (recordedLater && countsForPublished && fact.type() != FactType.DEADLINE_MISSED) {
                    changes.add(new RetroactiveChange(c.code(), c.name(), fact.type().name(), fact.effectiveOn(),
                            fact.recordedAt(), Quarter.of(fact.effectiveOn()).toString(), detail(fact)));
                }
            }
        }
        changes.sort(Comparator.comparing(RetroactiveChange::recordedAt).thenComparing(RetroactiveChange::code));
        return changes;
    }

    private static String detail(CriterionFact fact) {
        return fact.type() == FactType.FULFILLED && fact.evidence() != null ? fact.evidence().description() : fact.reason();
    }

    private static CriterionLine line(CriterionView c, CriterionFact fact, String detail) {
        return new CriterionLine(c.code(), c.name(), c.phase().name(), fact.effectiveOn(), fact.targetDate(), detail);
    }

    private static List<CriterionLine> sorted(List<CriterionLine> lines) {
        lines.sort(Comparator.comparing(CriterionLine::date).thenComparing(CriterionLine::code));
        return lines;
    }
}
