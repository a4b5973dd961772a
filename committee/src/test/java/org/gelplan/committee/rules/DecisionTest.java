package org.gelplan.committee.rules;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.committee.api.CompleteDecision;
import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DateInFuture;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.DecisionAlreadyCompleted;
import org.gelplan.committee.api.DecisionCompleted;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionNotFound;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.InvalidVotes;
import org.gelplan.committee.api.MeetingNotHeld;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.NoQuorum;
import org.gelplan.committee.api.NotOnCommittee;
import org.gelplan.committee.api.RecordDecision;
import org.gelplan.committee.api.RequiredField;
import org.gelplan.committee.api.Votes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.gelplan.committee.rules.CommitteeFixtures.*;
import static org.hamcrest.Matchers.containsString;

class DecisionTest {

    private static final LocalDate OCT_30 = LocalDate.of(2009, 10, 30);
    private static final LocalDate DEC_1 = LocalDate.of(2009, 12, 1);
    private static final DecisionId D001 = DecisionId.of("86001", 1);
    private static final CompletionEvidence EVIDENCE =
            new CompletionEvidence("Publicado en el sitio web", "https://www.mocoa-putumayo.gov.co", null);

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void recordsADecisionTakenInAMeetingHeldWithQuorumOnTheDayItWasHeld() {
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()))
                .when(decide(new Votes(6, 0, 1), List.of(" INF-NORM-02", "inf-norm-02", "IND-07"), member(10), DEC_1))
                .expectEvents(new DecisionRecorded(ID, D001, meeting(1), OCT_30, "Publicar los decretos",
                        new Votes(6, 0, 1), List.of("INF-NORM-02", "IND-07"), member(10), DEC_1))
                .expectResultMessagePayload(D001);
    }

    @Test
    void refusesADecisionInAMeetingHeldWithoutQuorum() {
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, 1, 2, 3, 4, 5, 6))
                .when(decide(new Votes(6, 0, 0), List.of(), member(5), DEC_1))
                .expectException(NoQuorum.class)
                .expectExceptionMessage(containsString("86001-R001, 6, 7"));
    }

    @Test
    void refusesADecisionInAMeetingNotHeld() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(decide(new Votes(7, 0, 0), List.of(), member(5), DEC_1))
                .expectException(MeetingNotHeld.class);
    }

    @Test
    void refusesVotesThatDoNotFitTheRollCallOrDoNotAdoptTheDecision() {
        Object[] history = {constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader())};
        fixture.given(history).when(decide(new Votes(7, 1, 0), List.of(), member(5), DEC_1))
                .expectExceptionMessage(containsString("committee.votes-exceed-attendance [8, 7]"));
        fixture.given(history).when(decide(new Votes(5, 0, 1), List.of(), member(5), DEC_1))
                .expectExceptionMessage(containsString("committee.votes-below-quorum [6, 7]"));
        fixture.given(history).when(decide(new Votes(3, 3, 1), List.of(), member(5), DEC_1))
                .expectException(InvalidVotes.class)
                .expectExceptionMessage(containsString("committee.decision-not-adopted"));
        fixture.given(history).when(decide(new Votes(8, -1, 0), List.of(), member(5), DEC_1))
                .expectExceptionMessage(containsString("committee.votes-negative"));
    }

    @Test
    void refusesAResponsibleWhoWasNotOnTheCommitteeThatDay() {
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()))
                .when(decide(new Votes(7, 0, 0), List.of(), member(14), DEC_1))
                .expectException(NotOnCommittee.class);
    }

    @Test
    void refusesADueDateBeforeTheMeetingButAcceptsOneStillToCome() {
        Object[] history = {constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader())};
        fixture.given(history).when(decide(new Votes(7, 0, 0), List.of(), member(5), OCT_30.minusDays(1)))
                .expectException(DateOutOfOrder.class);
        fixture.given(history).when(decide(new Votes(7, 0, 0), List.of(), member(5), LocalDate.of(2012, 12, 31)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void completesADecisionWithEvidenceOnTimeOrLate() {
        LocalDate due = LocalDate.of(2009, 11, 10);
        fixture.given(decided()).when(new CompleteDecision(ID, D001, due, EVIDENCE))
                .expectEvents(new DecisionCompleted(ID, D001, due, EVIDENCE, true));
        fixture.given(decided()).when(new CompleteDecision(ID, D001, due.plusDays(1), EVIDENCE))
                .expectEvents(new DecisionCompleted(ID, D001, due.plusDays(1), EVIDENCE, false));
    }

    @Test
    void refusesCompletingADecisionTwiceOrOneNeverRecorded() {
        List<Object> completed = new java.util.ArrayList<>(decided());
        completed.add(new DecisionCompleted(ID, D001, OCT_30, EVIDENCE, true));
        fixture.given(completed).when(new CompleteDecision(ID, D001, TODAY, EVIDENCE))
                .expectException(DecisionAlreadyCompleted.class);
        fixture.given(decided()).when(new CompleteDecision(ID, DecisionId.of("86001", 2), TODAY, EVIDENCE))
                .expectException(DecisionNotFound.class);
    }

    @Test
    void refusesACompletionDatedInTheFutureOrBeforeTheDecision() {
        fixture.given(decided()).when(new CompleteDecision(ID, D001, TODAY.plusDays(1), EVIDENCE))
                .expectException(DateInFuture.class);
        fixture.given(decided()).when(new CompleteDecision(ID, D001, OCT_30.minusDays(1), EVIDENCE))
                .expectException(DateOutOfOrder.class);
    }

    @Test
    void refusesACompletionWithoutEvidence() {
        fixture.given(decided()).when(new CompleteDecision(ID, D001, TODAY, new CompletionEvidence(" ", null, null)))
                .expectException(RequiredField.class);
    }

    private static RecordDecision decide(Votes votes, List<String> subjects, MemberId responsible, LocalDate due) {
        return new RecordDecision(ID, meeting(1), "Publicar los decretos", votes, subjects, responsible, due);
    }

    private static List<Object> decided() {
        return List.of(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()),
                new DecisionRecorded(ID, D001, meeting(1), OCT_30, "Publicar", new Votes(7, 0, 0), List.of(), member(10),
                        LocalDate.of(2009, 11, 10)));
    }
}
