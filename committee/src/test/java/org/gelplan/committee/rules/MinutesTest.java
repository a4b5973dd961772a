package org.gelplan.committee.rules;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.committee.api.ApproveMinutes;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.MeetingNotHeld;
import org.gelplan.committee.api.MinutesAlreadyApproved;
import org.gelplan.committee.api.MinutesApproved;
import org.gelplan.committee.api.NoQuorum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.gelplan.committee.rules.CommitteeFixtures.*;

class MinutesTest {

    private static final LocalDate OCT_30 = LocalDate.of(2009, 10, 30);
    private static final LocalDate NOV_13 = LocalDate.of(2009, 11, 13);

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void approvesMinutesAtALaterMeetingHeldWithQuorum() {
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()),
                        scheduled(2, NOV_13), held(2, NOV_13, quorumWithLeader()))
                .when(new ApproveMinutes(ID, meeting(1), meeting(2)))
                .expectEvents(new MinutesApproved(ID, meeting(1), meeting(2), NOV_13));
    }

    @Test
    void refusesApprovingMinutesAtTheSameOrAnEarlierMeeting() {
        Object[] history = {constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()),
                scheduled(2, NOV_13), held(2, NOV_13, quorumWithLeader())};
        fixture.given(history).when(new ApproveMinutes(ID, meeting(2), meeting(1)))
                .expectException(DateOutOfOrder.class);
        fixture.given(history).when(new ApproveMinutes(ID, meeting(1), meeting(1)))
                .expectException(DateOutOfOrder.class);
    }

    @Test
    void refusesApprovingMinutesAtAMeetingWithoutQuorum() {
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()),
                        scheduled(2, NOV_13), held(2, NOV_13, 1, 2, 3))
                .when(new ApproveMinutes(ID, meeting(1), meeting(2)))
                .expectException(NoQuorum.class);
    }

    @Test
    void refusesApprovingMinutesOfAMeetingNotHeldOrAtOneNotHeld() {
        fixture.given(constituted(), scheduled(1, OCT_30), scheduled(2, NOV_13), held(2, NOV_13, quorumWithLeader()))
                .when(new ApproveMinutes(ID, meeting(1), meeting(2)))
                .expectException(MeetingNotHeld.class);
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()), scheduled(2, NOV_13))
                .when(new ApproveMinutes(ID, meeting(1), meeting(2)))
                .expectException(MeetingNotHeld.class);
    }

    @Test
    void refusesApprovingMinutesTwice() {
        fixture.given(constituted(), scheduled(1, OCT_30), held(1, OCT_30, quorumWithLeader()),
                        scheduled(2, NOV_13), held(2, NOV_13, quorumWithLeader()),
                        new MinutesApproved(ID, meeting(1), meeting(2), NOV_13))
                .when(new ApproveMinutes(ID, meeting(1), meeting(2)))
                .expectException(MinutesAlreadyApproved.class);
    }
}
