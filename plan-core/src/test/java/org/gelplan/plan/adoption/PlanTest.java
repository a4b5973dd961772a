package org.gelplan.plan.adoption;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.Answer;
import org.gelplan.plan.api.Diagnosis;
import org.gelplan.plan.api.DiagnosisAnswer;
import org.gelplan.plan.api.InvalidPlan;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Resolution;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class PlanTest {

    private static final CatalogRegistry CATALOGS = new CatalogRegistry(new DefaultResourceLoader());
    private final Clock today = Clock.fixed(Instant.parse("2009-10-01T12:00:00Z"), ZoneId.of("America/Bogota"));
    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(CATALOGS);
        fixture.registerInjectableResource(today);
    }

    @Test
    void adoptsMocoasPlanWithItsWholeDiagnosisAndTheCatalogDefaultTargets() {
        AdoptPlan command = MocoaPlan.command();
        PlanAdopted expected = PlanAdoptionRules.adopt(command, CATALOGS.get("GEL-2008"), LocalDate.of(2009, 10, 1));

        fixture.givenNoPriorActivity().when(command).expectEvents(expected);

        assertThat(expected.diagnosis().criteria()).hasSize(CATALOGS.get("GEL-2008").criteria().size());
        assertThat(expected.phaseTargets()).containsEntry(Phase.INFORMACION, 90).containsEntry(Phase.DEMOCRACIA, 100);
    }

    @Test
    void refusesAPlanIdThatIsNotTheEntityAndResolutionYear() {
        fixture.givenNoPriorActivity()
                .when(with(c -> copy(c, new PlanId("86001-2010"), c.resolution(), c.diagnosis(), c.phaseTargets())))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.id-mismatch"));
    }

    @Test
    void refusesAResolutionDatedInTheFuture() {
        Resolution future = new Resolution("001143", LocalDate.of(2009, 10, 2), "t", "s", "p", List.of());
        fixture.givenNoPriorActivity()
                .when(with(c -> copy(c, c.planId(), future, c.diagnosis(), c.phaseTargets())))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.date-in-future"));
    }

    @Test
    void refusesADiagnosisThatLeavesOutACriterion() {
        fixture.givenNoPriorActivity()
                .when(with(c -> copy(c, c.planId(), c.resolution(), criteria(c, answers -> answers.subList(1, answers.size())), c.phaseTargets())))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.diagnosis.missing-criteria"));
    }

    @Test
    void refusesADiagnosisNamingACriterionTwice() {
        fixture.givenNoPriorActivity()
                .when(with(c -> copy(c, c.planId(), c.resolution(), criteria(c, answers -> {
                    List<DiagnosisAnswer> doubled = new ArrayList<>(answers);
                    doubled.add(answers.get(0));
                    return doubled;
                }), c.phaseTargets())))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.diagnosis.duplicate-criterion"));
    }

    @Test
    void refusesACriterionCodeTheCatalogDoesNotHave() {
        fixture.givenNoPriorActivity()
                .when(with(c -> copy(c, c.planId(), c.resolution(), criteria(c, answers -> {
                    List<DiagnosisAnswer> changed = new ArrayList<>(answers);
                    changed.set(0, new DiagnosisAnswer("INF-XXXX-99", Answer.SI, null));
                    return changed;
                }), c.phaseTargets())))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.diagnosis.unknown-criterion"));
    }

    @Test
    void refusesAPendingCriterionWithoutTargetDate() {
        fixture.givenNoPriorActivity()
                .when(with(c -> copy(c, c.planId(), c.resolution(), criteria(c, answers -> {
                    List<DiagnosisAnswer> changed = new ArrayList<>(answers);
                    changed.set(0, new DiagnosisAnswer(answers.get(0).code(), Answer.NO, null));
                    return changed;
                }), c.phaseTargets())))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.diagnosis.target-date-required"));
    }

    @Test
    void refusesATargetPercentageOutsideZeroToHundred() {
        Map<Phase, Integer> targets = new EnumMap<>(Phase.class);
        targets.put(Phase.INTERACCION, 101);
        fixture.givenNoPriorActivity()
                .when(with(c -> copy(c, c.planId(), c.resolution(), c.diagnosis(), targets)))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.target-out-of-range"));
    }

    @Test
    void refusesAnUnknownCatalogVersion() {
        AdoptPlan c = MocoaPlan.command();
        fixture.givenNoPriorActivity()
                .when(new AdoptPlan(c.planId(), c.entity(), c.resolution(), "GEL-1999", c.diagnosis(),
                        c.preliminaryCommitments(), c.vision(), c.generalObjective(), c.specificObjectives(),
                        c.actionLines(), c.phaseTargets()))
                .expectException(InvalidPlan.class)
                .expectExceptionMessage(containsString("plan.unknown-catalog"));
    }

    @Test
    void refusesAdoptingTheSamePlanTwice() {
        AdoptPlan command = MocoaPlan.command();
        PlanAdopted adopted = PlanAdoptionRules.adopt(command, CATALOGS.get("GEL-2008"), LocalDate.of(2009, 10, 1));
        fixture.given(adopted)
                .when(command)
                .expectException(EventStoreException.class);
    }

    private static AdoptPlan with(UnaryOperator<AdoptPlan> change) {
        return change.apply(MocoaPlan.command());
    }

    private static AdoptPlan copy(AdoptPlan c, PlanId id, Resolution resolution, Diagnosis diagnosis, Map<Phase, Integer> targets) {
        return new AdoptPlan(id, c.entity(), resolution, c.catalogVersion(), diagnosis, c.preliminaryCommitments(),
                c.vision(), c.generalObjective(), c.specificObjectives(), c.actionLines(), targets);
    }

    private static Diagnosis criteria(AdoptPlan c, UnaryOperator<List<DiagnosisAnswer>> change) {
        Diagnosis d = c.diagnosis();
        return new Diagnosis(d.date(), d.madeWith(), d.methodology(), d.methodologyIssuer(), change.apply(d.criteria()),
                d.categoryNotes(), d.maturity());
    }
}
