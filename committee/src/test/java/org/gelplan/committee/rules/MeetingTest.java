package org.gelplan.committee.rules;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.committee.api.CancelMeeting;
import org.gelplan.committee.api.DateInFuture;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.HoldMeeting;
import org.gelplan.committee.api.InvalidRollCall;
import org.gelplan.committee.api.MeetingAlreadyCancelled;
import org.gelplan.committee.api.MeetingAlreadyHeld;
import org.gelplan.committee.api.MeetingCancelled;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingNotFound;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.MemberRemoved;
import org.gelplan.committee.api.NotOnCommittee;
import org.gelplan.committee.api.Quorum;
import org.gelplan.committee.api.RequiredField;
import org.gelplan.committee.api.ScheduleMeeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.gelplan.committee.rules.CommitteeFixtures.*;
import static org.hamcrest.Matchers.containsString;

class MeetingTest {

    private static final LocalDate OCT_30 = LocalDate.of(2009, 10, 30);
    private static final List<String> AGENDA = List.of("Llamado a lista", "Avances del plan");

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void schedulesMeetingsNumberedInOrderEvenForAFutureDay() {
        LocalDate nextYear = LocalDate.of(2010, 1, 29);
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(new ScheduleMeeting(ID, nextYear, AGENDA))
                .expectEvents(new MeetingScheduled(ID, meeting(2), nextYear, AGENDA))
                .expectResultMessagePayload(meeting(2));
    }

    @Test
    void refusesAMeetingScheduledBeforeTheConstitutionOrWithoutAgenda() {
        fixture.given(constituted()).when(new ScheduleMeeting(ID, CONSTITUTED.minusDays(1), AGENDA))
                .expectException(DateOutOfOrder.class);
        fixture.given(constituted()).when(new ScheduleMeeting(ID, OCT_30, List.of()))
                .expectException(RequiredField.class);
    }

    @Test
    void holdsAMeetingWithItsRollCallCoveringTheWholeAgendaUnlessTold() {
        List<MemberId> present = members(1, 2, 3, 4, 5, 6, 7, 13);
        Quorum quorum = new Quorum(members(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), members(1, 2, 3, 4, 5, 6, 7), 7,
                THE_LEADER, true);
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(new HoldMeeting(ID, meeting(1), OCT_30, present, null, null, "Acta 1", "Acta 001-2009"))
                .expectEvents(new MeetingHeld(ID, meeting(1), OCT_30, present, null, quorum, AGENDA, "Acta 1", "Acta 001-2009"))
                .expectResultMessagePayload(quorum);
    }

    @Test
    void refusesHoldingAMeetingTwice() {
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()))
                .when(hold(OCT_30, members(quorumWithLeader())))
                .expectException(MeetingAlreadyHeld.class);
    }

    @Test
    void refusesHoldingAMeetingBeforeItsScheduledDay() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(OCT_30.minusDays(1), members(quorumWithLeader())))
                .expectException(DateOutOfOrder.class)
                .expectExceptionMessage(containsString("committee.held-before-scheduled"));
    }

    @Test
    void refusesHoldingAMeetingOnADayStillToCome() {
        fixture.given(constituted(), scheduled(1, TODAY))
                .when(hold(TODAY.plusDays(1), members(quorumWithLeader())))
                .expectException(DateInFuture.class);
    }

    @Test
    void refusesARollCallNamingSomeoneNotOnTheCommitteeThatDay() {
        fixture.given(constituted(), new MemberRemoved(ID, member(3), OCT_30, "Renuncia"), scheduled(1, OCT_30))
                .when(hold(OCT_30, members(1, 2, 3, 4, 5, 6, 7, 8, 99)))
                .expectException(NotOnCommittee.class)
                .expectExceptionMessage(containsString("86001-M03, 86001-M99, 2009-10-30"));
    }

    @Test
    void refusesARollCallNamingSomeoneTwice() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(OCT_30, members(1, 2, 3, 4, 5, 6, 7, 5)))
                .expectException(InvalidRollCall.class);
    }

    @Test
    void refusesHoldingAMeetingNeverScheduled() {
        fixture.given(constituted()).when(hold(OCT_30, members(quorumWithLeader())))
                .expectException(MeetingNotFound.class);
    }

    @Test
    void cancelsAScheduledMeetingSayingWhy() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(new CancelMeeting(ID, meeting(1), "Paro cívico"))
                .expectEvents(new MeetingCancelled(ID, meeting(1), TODAY, "Paro cívico"));
    }

    @Test
    void refusesCancellingWithoutReasonOrAMeetingAlreadyHeld() {
        fixture.given(constituted(), scheduled(1, OCT_30)).when(new CancelMeeting(ID, meeting(1), ""))
                .expectException(RequiredField.class);
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()))
                .when(new CancelMeeting(ID, meeting(1), "Paro cívico"))
                .expectException(MeetingAlreadyHeld.class);
    }

    @Test
    void refusesHoldingOrCancellingACancelledMeeting() {
        MeetingCancelled cancelled = new MeetingCancelled(ID, meeting(1), OCT_30, "Paro cívico");
        fixture.given(constituted(), scheduled(1, OCT_30), cancelled).when(hold(OCT_30, members(quorumWithLeader())))
                .expectException(MeetingAlreadyCancelled.class);
        fixture.given(constituted(), scheduled(1, OCT_30), cancelled).when(new CancelMeeting(ID, meeting(1), "otra"))
                .expectException(MeetingAlreadyCancelled.class);
    }

    private static HoldMeeting hold(LocalDate on, List<MemberId> present) {
        return new HoldMeeting(ID, meeting(1), on, present, null, null, "Acta", null);
    }
}
