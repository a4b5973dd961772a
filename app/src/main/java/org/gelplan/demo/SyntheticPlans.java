package org.gelplan.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.CriterionAlreadyFulfilled;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.compliance.api.FulfilCriterion;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.Answer;
import org.gelplan.plan.api.Diagnosis;
import org.gelplan.plan.api.DiagnosisAnswer;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Resolution;
import org.gelplan.plan.api.TerritorialEntity;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogCriterion;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Plausible, deterministic, clearly synthetic plans for tests and benchmarks: {@code generate(seed, n)}
 * adopts a plan for each of the first {@code n} {@link SyntheticEntities} (GEL-2008 catalog, a random
 * diagnosis) and later records fulfilments of some pending criteria, all through the
 * {@link CommandGateway} as {@code system:synthetic-data} with {@code synthetic=true} in the metadata,
 * which every resulting event inherits. The same seed gives the same commands, and entity {@code i}'s
 * plan does not depend on {@code n}; running it again records nothing twice. No date lies after today.
 */
@Component
public class SyntheticPlans {

    static final String CATALOG = "GEL-2008";
    private static final int PARALLELISM = 8;
    private static final Duration CATCH_UP = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SyntheticPlans.class);

    private final CommandGateway commands;
    private final CatalogRegistry catalogs;
    private final ProjectionCatchUp projections;
    private final Clock clock;

    SyntheticPlans(CommandGateway commands, CatalogRegistry catalogs, ProjectionCatchUp projections, Clock clock) {
        this.commands = commands;
        this.catalogs = catalogs;
        this.projections = projections;
        this.clock = clock;
    }

    /** What a run recorded: plans adopted now (not before) and fulfilments recorded now. */
    public record Run(int entities, int adopted, int fulfilments) {
    }

    /** The metadata every synthetic command carries, and its events inherit. */
    public static MetaData metaData(String component) {
        return AuditMetaData.of(Actor.system(component)).and(AuditMetaData.SYNTHETIC, true);
    }

    public Run generate(long seed, int count) {
        long started = System.nanoTime();
        Catalog catalog = catalogs.get(CATALOG);
        LocalDate today = GelTime.today(clock);
        List<SyntheticPlan> plans = SyntheticEntities.first(count).stream()
                .map(entity -> plan(seed, entity, catalog, today)).toList();
        int adopted = inParallel(plans, plan -> send(plan.adoption()) ? 1 : 0);
        // Compliance opens from each adoption through a policy; fulfilments need it open.
        projections.awaitHead(CATCH_UP);
        int fulfilments = inParallel(plans, plan -> (int) plan.fulfilments().stream().filter(this::send).count());
        Run run = new Run(count, adopted, fulfilments);
        log.info("Synthetic data: {} in {} ms", run, (System.nanoTime() - started) / 1_000_000);
        return run;
    }

    private record SyntheticPlan(AdoptPlan adoption, List<FulfilCriterion> fulfilments) {
    }

    private static SyntheticPlan plan(long seed, TerritorialEntity entity, Catalog catalog, LocalDate today) {
        Random random = new Random(seed * 1_000_003L + Long.parseLong(entity.daneCode()));
        LocalDate adoptedOn = min(LocalDate.of(2009, 7, 1).plusDays(random.nextInt(365)), today);
        PlanId planId = PlanId.of(entity.daneCode(), adoptedOn.getYear());
        double diagnosedShare = 0.05 + 0.4 * random.nextDouble();
        double diligence = 0.1 + 0.4 * random.nextDouble();
        List<DiagnosisAnswer> answers = new ArrayList<>();
        List<FulfilCriterion> fulfilments = new ArrayList<>();
        for (CatalogCriterion criterion : catalog.criteria()) {
            if (random.nextDouble() < diagnosedShare) {
                answers.add(new DiagnosisAnswer(criterion.code(), Answer.SI, null));
                continue;
            }
            LocalDate deadline = catalog.phase(criterion.phase()).territorialDeadline();
            long span = Math.max(30, deadline.toEpochDay() - adoptedOn.toEpochDay() + 180);
            LocalDate target = adoptedOn.plusDays(30 + random.nextLong(span));
            answers.add(new DiagnosisAnswer(criterion.code(), Answer.NO, target));
            LocalDate fulfilledOn = max(target.plusDays(random.nextInt(150) - 60), adoptedOn);
            if (random.nextDouble() < diligence && !fulfilledOn.isAfter(today)) {
                fulfilments.add(new FulfilCriterion(ComplianceId.of(planId), criterion.code(), fulfilledOn,
                        new Evidence("Evidencia sintética (datos de prueba, no de una entidad real)", null, null)));
            }
        }
        Resolution resolution = new Resolution(String.format("S-%06d", random.nextInt(1_000_000)), adoptedOn,
                "Plan de Acción de Gobierno en Línea sintético (datos de prueba)", "Alcalde sintético",
                "Alcalde municipal", List.of("Datos sintéticos: esta entidad y su plan no existen."));
        Diagnosis diagnosis = new Diagnosis(adoptedOn, "Generador de datos sintéticos", "Aleatoria, con semilla",
                "GEL Plan", answers, List.of(), List.of());
        AdoptPlan adoption = new AdoptPlan(planId, entity, resolution, CATALOG, diagnosis, List.of(),
                "Visión sintética", "Objetivo sintético", List.of(), List.of(), Map.of());
        return new SyntheticPlan(adoption, fulfilments);
    }

    /**
     * Runs one task per plan on a few threads: a plan's commands stay in order, and concurrent writers
     * share the embedded store's commits. Which plan finishes first varies; what is recorded does not.
     */
    private static int inParallel(List<SyntheticPlan> plans, ToIntFunction<SyntheticPlan> task) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (SyntheticPlan plan : plans) {
                done.add(pool.submit(() -> task.applyAsInt(plan)));
            }
            int total = 0;
            for (Future<Integer> each : done) {
                total += each.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("synthetic data generation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one command; false when it had been recorded already (an earlier run). */
    private boolean send(Object command) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData("synthetic-data")));
            return true;
        } catch (AggregateStreamCreationException | CriterionAlreadyFulfilled alreadyRecorded) {
            return false;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
