package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.catalog.CatalogCriterion;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/** One criterion of one plan; {@code _id} is {@code planId/code} so that reads are key lookups. */
@Document("criterion_states")
record CriterionStateDocument(@Id String id, String planId, String code, String name, Phase phase,
                              String categoryCode, String categoryName, CriterionStatus status,
                              LocalDate targetDate, LocalDate fulfilledOn, Evidence evidence, String statusReason) {

    static String idOf(String planId, String code) {
        return planId + "/" + code;
    }

    static CriterionStateDocument pending(String planId, CatalogCriterion criterion, LocalDate targetDate) {
        return new CriterionStateDocument(idOf(planId, criterion.code()), planId, criterion.code(), criterion.name(),
                criterion.phase(), criterion.categoryCode(), criterion.categoryName(), CriterionStatus.PENDING,
                targetDate, null, null, null);
    }

    CriterionStateDocument fulfilled(LocalDate on, Evidence proof) {
        return new CriterionStateDocument(id, planId, code, name, phase, categoryCode, categoryName,
                CriterionStatus.FULFILLED, targetDate, on, proof, null);
    }

    /** Pending at the end of that day: still pending now, or fulfilled only later. */
    boolean pendingOn(LocalDate asOf) {
        return status.isPending() || (status == CriterionStatus.FULFILLED && fulfilledOn.isAfter(asOf));
    }

    boolean overdueOn(LocalDate asOf) {
        return pendingOn(asOf) && targetDate != null && targetDate.isBefore(asOf);
    }

    CriterionView view(LocalDate asOf) {
        return new CriterionView(code, name, phase, categoryCode, categoryName, status, targetDate, fulfilledOn,
                evidence, statusReason, overdueOn(asOf));
    }
}
