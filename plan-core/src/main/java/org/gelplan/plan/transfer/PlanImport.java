package org.gelplan.plan.transfer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.DomainRuleViolation;
import org.gelplan.core.GelTime;
import org.gelplan.plan.adoption.AdoptPlanRequest;
import org.gelplan.plan.adoption.PlanAdoptionRules;
import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.InvalidPlan;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanAlreadyAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.gelplan.plan.catalog.UnknownCatalogVersion;
import org.gelplan.plan.transfer.PlanItemsCheck.Located;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports a whole plan: checks everything first (values, Bean Validation, the adoption's and every
 * item's rules) and records nothing if anything is wrong; then sends the same commands an operator
 * would, with the file's ids, so the import is audited like any other change. A plan that already
 * exists is resumed only if everything it holds is in the file as it is (an interrupted import).
 */
@Component
class PlanImport {

    record Outcome(PlanId planId, int recorded, int alreadyThere) {
    }

    private final PlanFileBinder binder;
    private final CatalogRegistry catalogs;
    private final PlanExport export;
    private final PlanItemsSender items;
    private final CommandGateway commands;
    private final Clock clock;

    PlanImport(PlanFileBinder binder, CatalogRegistry catalogs, PlanExport export, PlanItemsSender items,
               CommandGateway commands, Clock clock) {
        this.binder = binder;
        this.catalogs = catalogs;
        this.export = export;
        this.items = items;
        this.commands = commands;
        this.clock = clock;
    }

    Outcome importFile(PlanFileSource file) {
        PlanFileBinder.Bound bound = binder.bind(file.tree());
        List<PlanFileProblem> problems = new ArrayList<>(file.problems());
        problems.addAll(bound.problems());
        PlanAdopted adopted = null;
        if (bound.plan() != null) {
            adopted = adoption(bound.plan(), problems);
            PlanId planId = bound.plan().entry().planId();
            problems.addAll(PlanItemsCheck.check(planId, bound.plan().entry().resolution().date(), bound.projects(),
                    bound.actions(), bound.indicators()));
        }
        if (!problems.isEmpty() || adopted == null) {
            throw new InvalidPlanFile(problems.stream()
                    .map(p -> new InvalidPlanFile.Located(file.locator().apply(p.pointer()), p)).toList());
        }
        PlanFile planFile = new PlanFile(PlanFile.FORMAT, bound.plan().entry(), entries(bound.projects()),
                entries(bound.actions()), entries(bound.indicators()));
        CurrentScope.require(adopted.planId().daneCode());
        Optional<PlanFile> existing = export.find(adopted.planId());
        if (existing.isPresent() && !PlanResumption.continues(existing.get(), planFile, adopted, this::adopt)) {
            throw new PlanAlreadyAdopted(adopted.planId());
        }
        return send(planFile, existing.isPresent());
    }

    private Outcome send(PlanFile planFile, boolean resuming) {
        PlanId planId = planFile.plan().planId();
        int adoption = 0;
        try {
            commands.sendAndWait(planFile.plan().toCommand());
            adoption = 1;
        } catch (AggregateStreamCreationException alreadyAdopted) {
            if (!resuming) {
                throw new PlanAlreadyAdopted(planId);
            }
        }
        PlanItemsSender.Outcome outcome = items.send(planId, planFile.items(), MetaData.emptyInstance());
        return new Outcome(planId, adoption + outcome.recorded(), 1 - adoption + outcome.alreadyThere());
    }

    private PlanAdopted adoption(Located<AdoptPlanRequest> plan, List<PlanFileProblem> problems) {
        try {
            return adopt(plan.entry().toCommand());
        } catch (DomainRuleViolation violation) {
            problems.add(PlanFileProblem.of(plan.pointer(), violation));
            return null;
        }
    }

    private PlanAdopted adopt(AdoptPlan command) {
        try {
            return PlanAdoptionRules.adopt(command, catalogs.get(command.catalogVersion()), GelTime.today(clock));
        } catch (UnknownCatalogVersion unknown) {
            throw new InvalidPlan("plan.unknown-catalog", String.valueOf(command.catalogVersion()));
        }
    }

    private static <T> List<T> entries(List<Located<T>> located) {
        return located.stream().map(Located::entry).toList();
    }
}
