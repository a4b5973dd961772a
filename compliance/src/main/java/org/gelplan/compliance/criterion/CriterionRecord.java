package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.catalog.CatalogCriterion;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * One criterion of one plan with every fact about it, in recording order; its state on any day,
 * as known at any instant, is folded from them ({@link CriterionHistory}). {@code _id} is
 * {@code planId/code}, so reads are key lookups.
 */
@Document("criterion_records")
record CriterionRecord(@Id String id, String planId, String code, String name, Phase phase, String categoryCode,
                       String categoryName, List<CriterionFact> timeline) {

    static String idOf(String planId, String code) {
        return planId + "/" + code;
    }

    static CriterionRecord open(String planId, CatalogCriterion criterion, CriterionFact opening) {
        return new CriterionRecord(idOf(planId, criterion.code()), planId, criterion.code(), criterion.name(),
                criterion.phase(), criterion.categoryCode(), criterion.categoryName(), List.of(opening));
    }
}
