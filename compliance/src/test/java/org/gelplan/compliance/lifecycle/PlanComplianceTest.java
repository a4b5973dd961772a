package org.gelplan.compliance.lifecycle;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.ComplianceOpened;
import org.gelplan.compliance.api.CriterionAlreadyFulfilled;
import org.gelplan.compliance.api.CriterionDeadlineMissed;
import org.gelplan.compliance.api.CriterionFulfilled;
import org.gelplan.compliance.api.CriterionFulfilmentRevoked;
import org.gelplan.compliance.api.CriterionMarkedNotApplicable;
import org.gelplan.compliance.api.CriterionNotFound;
import org.gelplan.compliance.api.CriterionNotFulfilled;
import org.gelplan.compliance.api.CriterionNotPending;
import org.gelplan.compliance.api.CriterionRescheduled;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.compliance.api.FulfilCriterion;
import org.gelplan.compliance.api.InvalidCriterionFact;
import org.gelplan.compliance.api.MarkCriterionNotApplicable;
import org.gelplan.compliance.api.OpenedCriterion;
import org.gelplan.compliance.api.PhaseDeadlineReached;
import org.gelplan.compliance.api.RecordMissedDeadline;
import org.gelplan.compliance.api.RecordPhaseDeadline;
import org.gelplan.compliance.api.RescheduleCriterion;
import org.gelplan.compliance.api.RevokeFulfilment;
import org.gelplan.compliance.api.RoleRequired;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Every rule of a criterion's life, given/when/then, on a small slice of Mocoa's plan on 2009-10-15. */
class PlanComplianceTest {

    private static final CatalogRegistry CATALOGS = new CatalogRegistry(new DefaultResourceLoader());
    private static final PlanId PLAN = new PlanId("86001-2009");
    private static final ComplianceId ID = ComplianceId.of(PLAN);
    private static final LocalDate TODAY = LocalDate.of(2009, 10, 15);
    private static final Map<String, String> MEMBER = Map.of("actor", "miembro", "actorRoles", "COMMITTEE_MEMBER");
    private static final Map<String, String> LEADER = Map.of("actor", "lider", "actorRoles", "COMMITTEE_LEADER,COMMITTEE_MEMBER");
    private static final Map<String, String> AUTHOR = Map.of("actor", "autor", "actorRoles", "AUTHOR");
    private static final Map<String, String> SWEEP = Map.of("actor", "system:deadline-sweep");
    private static final Evidence PAGE = new Evidence("Publicado en el sitio web", "https://www.mocoa-putumayo.gov.co", null);

    private FixtureConfiguration<PlanCompliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlanCompliance.class);
        fixture.registerInjectableResource(CATALOGS);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2009-10-15T17:00:00Z"), ZoneId.of("America/Bogota")));
    }

    static ComplianceOpened opened() {
        return new ComplianceOpened(PLAN, "GEL-2008", LocalDate.of(2009, 9, 21),
                Map.of(Phase.INFORMACION, 90, Phase.INTERACCION, 90, Phase.TRANSACCION, 100, Phase.TRANSFORMACION, 100,
                        Phase.DEMOCRACIA, 100),
                List.of(new OpenedCriterion("INF-ACER-01", Phase.INFORMACION, false, LocalDate.of(2009, 9, 30)),
                        new OpenedCriterion("INF-EPRE-01", Phase.INFORMACION, true, null),
                        new OpenedCriterion("INT-MINT-04", Phase.INTERACCION, false, LocalDate.of(2009, 12, 1))));
    }

    @Test
    void aMemberFulfilsAPendingCriterion() {
        fixture.given(opened())
                .when(new FulfilCriterion(ID, "INF-ACER-01", LocalDate.of(2009, 10, 2), PAGE), MEMBER)
                .expectEvents(new CriterionFulfilled(PLAN, "INF-ACER-01", LocalDate.of(2009, 10, 2), PAGE));
    }

    @Test
    void rejectsFulfillingAFulfilledCriterion() {
        fixture.given(opened())
                .when(new FulfilCriterion(ID, "INF-EPRE-01", TODAY, PAGE), MEMBER)
                .expectException(CriterionAlreadyFulfilled.class);
    }

    @Test
    void rejectsAFulfilmentDatedInTheFuture() {
        fixture.given(opened())
                .when(new FulfilCriterion(ID, "INF-ACER-01", TODAY.plusDays(1), PAGE), MEMBER)
                .expectException(InvalidCriterionFact.class);
    }

    @Test
    void rejectsAFulfilmentDatedBeforeTheCatalogTookEffect() {
        fixture.given(opened())
                .when(new FulfilCriterion(ID, "INF-ACER-01", LocalDate.of(2008, 4, 13), PAGE), MEMBER)
                .expectException(InvalidCriterionFact.class);
    }

    @Test
    void rejectsAFulfilmentWithoutEvidence() {
        fixture.given(opened())
                .when(new FulfilCriterion(ID, "INF-ACER-01", TODAY, new Evidence(" ", null, null)), MEMBER)
                .expectException(InvalidCriterionFact.class);
    }

    @Test
    void rejectsAFulfilmentByWhoIsNotACommitteeMember() {
        fixture.given(opened())
                .when(new FulfilCriterion(ID, "INF-ACER-01", TODAY, PAGE), AUTHOR)
                .expectException(RoleRequired.class);
    }

    @Test
    void rejectsACriterionThePlanDoesNotHave() {
        fixture.given(opened())
                .when(new FulfilCriterion(ID, "INF-XXXX-01", TODAY, PAGE), MEMBER)
                .expectException(CriterionNotFound.class);
    }

    @Test
    void aMemberRevokesAFulfilmentWithAReason() {
        fixture.given(opened())
                .when(new RevokeFulfilment(ID, "INF-EPRE-01", "El logo no es el oficial"), MEMBER)
                .expectEvents(new CriterionFulfilmentRevoked(PLAN, "INF-EPRE-01", "El logo no es el oficial", TODAY));
    }

    @Test
    void rejectsRevokingWhatIsNotFulfilled() {
        fixture.given(opened())
                .when(new RevokeFulfilment(ID, "INF-ACER-01", "error"), MEMBER)
                .expectException(CriterionNotFulfilled.class);
    }

    @Test
    void rejectsARevocationWithoutReason() {
        fixture.given(opened())
                .when(new RevokeFulfilment(ID, "INF-EPRE-01", "  "), MEMBER)
                .expectException(InvalidCriterionFact.class);
    }

    @Test
    void theLeaderReschedulesAPendingCriterion() {
        fixture.given(opened())
                .when(new RescheduleCriterion(ID, "INF-ACER-01", LocalDate.of(2009, 11, 30), "Falta el organigrama", "D-1"), LEADER)
                .expectEvents(new CriterionRescheduled(PLAN, "INF-ACER-01", LocalDate.of(2009, 9, 30),
                        LocalDate.of(2009, 11, 30), "Falta el organigrama", "D-1", TODAY));
    }

    @Test
    void rejectsARescheduleByAMember() {
        fixture.given(opened())
                .when(new RescheduleCriterion(ID, "INF-ACER-01", LocalDate.of(2009, 11, 30), "motivo", null), MEMBER)
                .expectException(RoleRequired.class);
    }

    @Test
    void rejectsARescheduleWithoutReason() {
        fixture.given(opened())
                .when(new RescheduleCriterion(ID, "INF-ACER-01", LocalDate.of(2009, 11, 30), null, null), LEADER)
                .expectException(InvalidCriterionFact.class);
    }

    @Test
    void rejectsAReschedulingToADayAlreadyPast() {
        fixture.given(opened())
                .when(new RescheduleCriterion(ID, "INF-ACER-01", LocalDate.of(2009, 10, 14), "motivo", null), LEADER)
                .expectException(InvalidCriterionFact.class);
    }

    @Test
    void rejectsReschedulingAFulfilledCriterion() {
        fixture.given(opened())
                .when(new RescheduleCriterion(ID, "INF-EPRE-01", LocalDate.of(2009, 11, 30), "motivo", null), LEADER)
                .expectException(CriterionNotPending.class);
    }

    @Test
    void theLeaderMarksACriterionNotApplicableWithAReason() {
        fixture.given(opened())
                .when(new MarkCriterionNotApplicable(ID, "INT-MINT-04", "El municipio no tiene boletín"), LEADER)
                .expectEvents(new CriterionMarkedNotApplicable(PLAN, "INT-MINT-04", "El municipio no tiene boletín", TODAY));
    }

    @Test
    void rejectsNotApplicableFromAMember() {
        fixture.given(opened())
                .when(new MarkCriterionNotApplicable(ID, "INT-MINT-04", "motivo"), MEMBER)
                .expectException(RoleRequired.class);
    }

    @Test
    void rejectsFulfillingACriterionThatDoesNotApply() {
        fixture.given(opened(), new CriterionMarkedNotApplicable(PLAN, "INT-MINT-04", "no aplica", TODAY))
                .when(new FulfilCriterion(ID, "INT-MINT-04", TODAY, PAGE), MEMBER)
                .expectException(CriterionNotPending.class);
    }

    @Test
    void recordsAMissedDeadlineOnlyOnce() {
        RecordMissedDeadline missed = new RecordMissedDeadline(ID, "INF-ACER-01", LocalDate.of(2009, 9, 30));
        fixture.given(opened()).when(missed, SWEEP)
                .expectEvents(new CriterionDeadlineMissed(PLAN, "INF-ACER-01", LocalDate.of(2009, 9, 30)));
        fixture.given(opened(), new CriterionDeadlineMissed(PLAN, "INF-ACER-01", LocalDate.of(2009, 9, 30)))
                .when(missed, SWEEP).expectNoEvents();
    }

    @Test
    void aRescheduledCriterionIsNotOverdueForItsOldDate() {
        fixture.given(opened(), new CriterionRescheduled(PLAN, "INF-ACER-01", LocalDate.of(2009, 9, 30),
                        LocalDate.of(2009, 11, 30), "motivo", null, LocalDate.of(2009, 9, 29)))
                .when(new RecordMissedDeadline(ID, "INF-ACER-01", LocalDate.of(2009, 9, 30)), SWEEP)
                .expectNoEvents();
    }

    @Test
    void recordsNoMissedDeadlineForAFulfilledCriterionOrADateNotYetPassed() {
        fixture.given(opened(), new CriterionFulfilled(PLAN, "INF-ACER-01", LocalDate.of(2009, 9, 29), PAGE))
                .when(new RecordMissedDeadline(ID, "INF-ACER-01", LocalDate.of(2009, 9, 30)), SWEEP).expectNoEvents();
        fixture.given(opened())
                .when(new RecordMissedDeadline(ID, "INT-MINT-04", LocalDate.of(2009, 12, 1)), SWEEP).expectNoEvents();
    }

    @Test
    void recordsAPassedPhaseDeadlineOnceWithTheComplianceReachedByThen() {
        PhaseDeadlineReached reached = new PhaseDeadlineReached(PLAN, Phase.INFORMACION, LocalDate.of(2008, 11, 1), 2, 0,
                0.0, 90, false);
        fixture.given(opened()).when(new RecordPhaseDeadline(ID, Phase.INFORMACION), SWEEP).expectEvents(reached);
        fixture.given(opened(), reached).when(new RecordPhaseDeadline(ID, Phase.INFORMACION), SWEEP).expectNoEvents();
        fixture.given(opened()).when(new RecordPhaseDeadline(ID, Phase.INTERACCION), SWEEP).expectNoEvents();
    }
}
