package org.gelplan.reporting.rollup;

import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.TerritorialEntity;
import org.gelplan.reporting.api.PublishedReportRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.convert.ValueConverter;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One territorial entity in the rollup, keyed by its DANE code: its current plan (the one adopted by
 * the latest resolution), the state of each of that plan's criteria, and its latest published report.
 *
 * @param synthetic      the plan was made up by the synthetic-data generator (ADR 0009)
 * @param syntheticFacts some of its compliance facts were made up (the demo history of a real demo plan)
 */
@Document(RollupEntityDocument.COLLECTION)
record RollupEntityDocument(@Id String daneCode, TerritorialEntity entity, String planId, LocalDate resolutionDate,
                            boolean synthetic, boolean syntheticFacts, String catalogVersion, Map<Phase, Integer> phaseTargets,
                            @ValueConverter(RollupCriteriaJson.class) Map<String, RollupCriterion> criteria,
                            PublishedReportRef latestReport) {

    /**
     * Holds the criteria as JSON text ({@link RollupCriteriaJson}); {@code rollup_entities}, which held them as
     * sub-documents, is retired, and its processing group with it ({@link RollupProjection#GROUP}).
     */
    static final String COLLECTION = "rollup_entity_states";

    static RollupEntityDocument adopted(TerritorialEntity entity, String planId, LocalDate resolutionDate,
                                        boolean synthetic) {
        return new RollupEntityDocument(entity.daneCode(), entity, planId, resolutionDate, synthetic, false, null,
                Map.of(), Map.of(), null);
    }

    RollupEntityDocument opened(String catalog, Map<Phase, Integer> targets, Map<String, RollupCriterion> opened) {
        return new RollupEntityDocument(daneCode, entity, planId, resolutionDate, synthetic, syntheticFacts, catalog,
                targets, opened, latestReport);
    }

    RollupEntityDocument withCriterion(String code, UnaryOperator<RollupCriterion> change) {
        RollupCriterion current = criteria.get(code);
        if (current == null) {
            return this;
        }
        Map<String, RollupCriterion> changed = new HashMap<>(criteria);
        changed.put(code, change.apply(current));
        return new RollupEntityDocument(daneCode, entity, planId, resolutionDate, synthetic, syntheticFacts, catalogVersion,
                phaseTargets, changed, latestReport);
    }

    RollupEntityDocument withReport(PublishedReportRef report) {
        return new RollupEntityDocument(daneCode, entity, planId, resolutionDate, synthetic, syntheticFacts, catalogVersion,
                phaseTargets, criteria, report);
    }

    RollupEntityDocument withSyntheticFacts(boolean made) {
        return !made || syntheticFacts ? this : new RollupEntityDocument(daneCode, entity, planId, resolutionDate,
                synthetic, true, catalogVersion, phaseTargets, criteria, latestReport);
    }

    /** Whether anything shown of this entity was made up. */
    boolean anySynthetic() {
        return synthetic || syntheticFacts;
    }

    /** A plan adopted by a later resolution than this one's becomes the entity's current plan. */
    boolean supersededBy(LocalDate otherResolutionDate, String otherPlanId) {
        int byDate = otherResolutionDate.compareTo(resolutionDate);
        return byDate > 0 || (byDate == 0 && otherPlanId.compareTo(planId) > 0);
    }
}
