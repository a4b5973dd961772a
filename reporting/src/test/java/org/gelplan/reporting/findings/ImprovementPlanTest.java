package org.gelplan.reporting.findings;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.core.GelTime;
import org.gelplan.reporting.api.CloseImprovementAction;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingProblem;
import org.gelplan.reporting.api.FindingRecorded;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.ImprovementActionClosed;
import org.gelplan.reporting.api.ImprovementActionOpened;
import org.gelplan.reporting.api.ImprovementPlanId;
import org.gelplan.reporting.api.OpenImprovementAction;
import org.gelplan.reporting.api.RecordFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;

class ImprovementPlanTest {

    static final ImprovementPlanId MOCOA = ImprovementPlanId.of("86001");
    static final LocalDate TODAY = LocalDate.of(2012, 6, 1);
    static final LocalDate JAN_10 = LocalDate.of(2012, 1, 10);
    static final LocalDate MARCH_31 = LocalDate.of(2012, 3, 31);
    static final FindingRecorded FINDING = new FindingRecorded(MOCOA, "86001-H001", FindingKind.FINDING,
            FindingSubjectKind.CRITERION, "86001-2009:INF-NORM-02", "Los decretos no están publicados", JAN_10);
    static final FindingRecorded OBSERVATION = new FindingRecorded(MOCOA, "86001-H002", FindingKind.OBSERVATION,
            FindingSubjectKind.MEETING, "86001-R001", "El acta no lista los invitados", JAN_10);
    static final ImprovementActionOpened ACTION = new ImprovementActionOpened(MOCOA, "86001-H001", "86001-H001-A01",
            "Publicar los decretos de 2011", "Secretaría General", JAN_10, MARCH_31);
    static final CloseImprovementAction.ClosureEvidence PUBLISHED =
            new CloseImprovementAction.ClosureEvidence("Decretos en el sitio web", null);

    private FixtureConfiguration<ImprovementPlan> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ImprovementPlan.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(9, 0).atZone(GelTime.ZONE).toInstant(), GelTime.ZONE));
    }

    @Test
    void numbersFindingsInOrder() {
        fixture.given(FINDING)
                .when(new RecordFinding(MOCOA, FindingKind.OBSERVATION, FindingSubjectKind.MEETING, "86001-R001",
                        "El acta no lista los invitados", JAN_10))
                .expectEvents(OBSERVATION)
                .expectResultMessagePayload("86001-H002");
    }

    @Test
    void rejectsAFindingDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RecordFinding(MOCOA, FindingKind.FINDING, FindingSubjectKind.PLAN, "86001-2009", "x",
                        TODAY.plusDays(1)))
                .expectException(FindingProblem.class);
    }

    @Test
    void aFindingOpensNumberedImprovementActions() {
        fixture.given(FINDING, ACTION)
                .when(new OpenImprovementAction(MOCOA, "86001-H001", "Capacitar a los editores", "Oficina de Sistemas",
                        JAN_10, MARCH_31))
                .expectEvents(new ImprovementActionOpened(MOCOA, "86001-H001", "86001-H001-A02", "Capacitar a los editores",
                        "Oficina de Sistemas", JAN_10, MARCH_31));
    }

    @Test
    void anObservationOpensNoActions() {
        fixture.given(FINDING, OBSERVATION)
                .when(new OpenImprovementAction(MOCOA, "86001-H002", "x", "y", JAN_10, MARCH_31))
                .expectException(FindingProblem.class)
                .expectExceptionMessage(containsString("finding.observation-opens-no-actions"));
    }

    @Test
    void rejectsAnActionDueBeforeItOpens() {
        fixture.given(FINDING)
                .when(new OpenImprovementAction(MOCOA, "86001-H001", "x", "y", MARCH_31, JAN_10))
                .expectException(FindingProblem.class);
    }

    @Test
    void rejectsAnActionForAnUnknownFinding() {
        fixture.given(FINDING)
                .when(new OpenImprovementAction(MOCOA, "86001-H009", "x", "y", JAN_10, MARCH_31))
                .expectException(FindingProblem.class).expectExceptionMessage(containsString("finding.not-found"));
    }

    @Test
    void closesAnActionOnceWithItsEvidence() {
        fixture.given(FINDING, ACTION)
                .when(new CloseImprovementAction(MOCOA, "86001-H001-A01", LocalDate.of(2012, 5, 2), PUBLISHED))
                .expectEvents(new ImprovementActionClosed(MOCOA, "86001-H001-A01", LocalDate.of(2012, 5, 2), PUBLISHED));
        fixture.given(FINDING, ACTION, new ImprovementActionClosed(MOCOA, "86001-H001-A01", LocalDate.of(2012, 5, 2), PUBLISHED))
                .when(new CloseImprovementAction(MOCOA, "86001-H001-A01", LocalDate.of(2012, 5, 3), PUBLISHED))
                .expectException(FindingProblem.class)
                .expectExceptionMessage(containsString("finding.action-already-closed"));
    }

    @Test
    void rejectsAClosureBeforeTheActionOpened() {
        fixture.given(FINDING, ACTION)
                .when(new CloseImprovementAction(MOCOA, "86001-H001-A01", JAN_10.minusDays(1), PUBLISHED))
                .expectException(FindingProblem.class);
    }
}
