package org.gelplan.plan.transfer;

import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.DefineIndicator;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether importing a file into a plan that already exists continues an interrupted import of that
 * same file: the adoption is the same, and every item the plan holds is in the file, unchanged.
 */
final class PlanResumption {

    private PlanResumption() {
    }

    static boolean continues(PlanFile existing, PlanFile file, PlanAdopted fileAdoption,
                             Function<AdoptPlan, PlanAdopted> adopt) {
        PlanId planId = fileAdoption.planId();
        LocalDate adoptedOn = fileAdoption.resolution().date();
        return adopt.apply(existing.plan().toCommand()).equals(fileAdoption)
                && commands(file, planId, adoptedOn).containsAll(commands(existing, planId, adoptedOn));
    }

    private static Set<Object> commands(PlanFile file, PlanId planId, LocalDate adoptedOn) {
        Set<Object> all = new HashSet<>();
        file.projects().forEach(project -> all.add(project.toCommand(planId)));
        file.actions().forEach(action -> all.add(action.toCommand(planId)));
        file.indicators().forEach(indicator -> {
            DefineIndicator c = indicator.toCommand(planId);
            all.add(c.startsOn() != null ? c : new DefineIndicator(planId, c.indicatorId(), c.definition(), adoptedOn));
        });
        return all;
    }
}
