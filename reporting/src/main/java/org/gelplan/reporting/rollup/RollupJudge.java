package org.gelplan.reporting.rollup;

import org.gelplan.compliance.api.PhaseRule;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogPhase;
import org.gelplan.reporting.api.RollupPhase;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Judges each phase of an entity's plan on a day, from the stored criterion states, with compliance's rule. */
final class RollupJudge {

    private RollupJudge() {
    }

    static List<RollupPhase> phases(RollupEntityDocument entity, Catalog catalog, LocalDate asOf) {
        if (catalog == null) {
            return List.of();
        }
        return Arrays.stream(Phase.values()).map(phase -> phase(entity, catalog.phase(phase), asOf)).toList();
    }

    static RollupPhase phase(RollupEntityDocument entity, CatalogPhase catalogPhase, LocalDate asOf) {
        LocalDate deadline = catalogPhase.territorialDeadline();
        int target = entity.phaseTargets().getOrDefault(catalogPhase.phase(), catalogPhase.defaultTargetPercent());
        List<RollupCriterion> applicable = entity.criteria().values().stream()
                .filter(c -> c.phase() == catalogPhase.phase() && c.applicable()).toList();
        List<LocalDate> fulfilments = applicable.stream().filter(RollupCriterion::isFulfilled)
                .map(RollupCriterion::fulfilledOn).sorted().toList();
        int overdue = (int) applicable.stream()
                .filter(c -> c.isPending() && c.targetDate() != null && c.targetDate().isBefore(asOf)).count();
        long dueInTime = applicable.stream().filter(c -> c.isPending() && c.targetDate() != null
                && !c.targetDate().isBefore(asOf) && !c.targetDate().isAfter(deadline)).count();
        int required = PhaseRule.required(target, applicable.size());
        LocalDate reachedOn = PhaseRule.reachedOn(required, fulfilments);
        return new RollupPhase(catalogPhase.phase(), deadline, target, applicable.size(), fulfilments.size(), overdue,
                PhaseRule.percent(fulfilments.size(), applicable.size()),
                PhaseRule.status(required, fulfilments.size(), reachedOn, dueInTime, deadline, asOf), reachedOn);
    }
}
