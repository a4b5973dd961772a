package org.gelplan.committee.meeting;

import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.FindMeeting;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingCancelled;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.Quorum;
import org.gelplan.committee.api.Votes;
import org.gelplan.core.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The meetings read model on an in-memory MongoDB wire server: handlers and queries, without Spring. */
class MeetingReadModelTest {

    private static final Instant RECORDED = Instant.parse("2012-06-01T15:00:00Z");

    private static final CommitteeId MOCOA = CommitteeId.of("86001");
    private static final LocalDate FIRST = LocalDate.of(2009, 10, 2);

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MeetingRepository repository = mongo.repository(MeetingRepository.class);
    private final MeetingProjection projection = new MeetingProjection(repository);
    private final MeetingQueries queries = new MeetingQueries(repository);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void listsEveryMeetingOfACommitteeInOrderBeyondOneBatchOfIds() {
        for (int n = 1; n <= 120; n++) {
            projection.on(new MeetingScheduled(MOCOA, MeetingId.of("86001", n), FIRST.plusWeeks(n), List.of("Agenda")), RECORDED);
        }
        projection.on(new MeetingScheduled(CommitteeId.of("86320"), MeetingId.of("86320", 1), FIRST, List.of("Otra")), RECORDED);

        List<MeetingView> meetings = queries.handle(new ListMeetings("86001", null, null, null));

        assertThat(meetings).hasSize(120);
        assertThat(meetings.get(99).id()).isEqualTo("86001-R100");
        assertThat(queries.handle(new ListMeetings("86001", null, FIRST.plusWeeks(10), FIRST.plusWeeks(12)))).hasSize(3);
        assertThat(queries.handle(new ListMeetings("mocoa", null, null, null))).isEmpty();
    }

    @Test
    void recordsTheLifecycleOnceHoweverOftenAnEventIsHandled() {
        MeetingId held = MeetingId.of("86001", 1);
        MeetingId cancelled = MeetingId.of("86001", 2);
        MemberId leader = MemberId.of("86001", 5);
        DecisionRecorded decision = new DecisionRecorded(MOCOA, DecisionId.of("86001", 1), held, FIRST, "t",
                new Votes(1, 0, 0), List.of(), leader, FIRST);
        projection.on(new MeetingScheduled(MOCOA, held, FIRST, List.of("Agenda")), RECORDED);
        projection.on(new MeetingScheduled(MOCOA, cancelled, FIRST, List.of("Agenda")), RECORDED);
        projection.on(new MeetingHeld(MOCOA, held, FIRST, List.of(leader), null,
                new Quorum(List.of(leader), List.of(leader), 1, leader, true), List.of("Agenda"), "Acta", "A-1"), RECORDED);
        projection.on(decision, RECORDED);
        projection.on(decision, RECORDED);
        projection.on(new MeetingCancelled(MOCOA, cancelled, FIRST, "Paro"), RECORDED);

        MeetingView meeting = queries.handle(new FindMeeting(held)).orElseThrow();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.held().presidedBy()).isEqualTo("86001-M05");
        assertThat(meeting.decisions()).containsExactly("86001-D001");
        assertThat(queries.handle(new ListMeetings("86001", MeetingStatus.CANCELLED, null, null)))
                .extracting(MeetingView::id).containsExactly("86001-R002");
    }

    @Test
    void aSessionAndDecisionRecordedLateWereNotKnownBeforeTheyWereRecordedThoughHeldEarlier() {
        MeetingId meeting = MeetingId.of("86001", 1);
        MemberId leader = MemberId.of("86001", 5);
        Instant scheduledAt = Instant.parse("2009-09-25T15:00:00Z");
        Instant askedAbout = Instant.parse("2009-10-10T15:00:00Z");
        Instant recordedLate = Instant.parse("2009-11-20T15:00:00Z");
        projection.on(new MeetingScheduled(MOCOA, meeting, FIRST, List.of("Agenda")), scheduledAt);
        projection.on(new MeetingHeld(MOCOA, meeting, FIRST, List.of(leader), null,
                new Quorum(List.of(leader), List.of(leader), 1, leader, true), List.of("Agenda"), "Acta", "A-1"), recordedLate);
        projection.on(new DecisionRecorded(MOCOA, DecisionId.of("86001", 1), meeting, FIRST, "t", new Votes(1, 0, 0),
                List.of(), leader, FIRST.plusMonths(1)), recordedLate);

        MeetingView asRecordedThen = queries.handle(new ListMeetings("86001", null, null, null, askedAbout)).get(0);
        MeetingView asRecordedLater = queries.handle(new ListMeetings("86001", null, null, null, recordedLate)).get(0);

        assertThat(asRecordedThen.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(asRecordedThen.held()).isNull();
        assertThat(asRecordedThen.decisions()).isEmpty();
        assertThat(asRecordedLater.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(asRecordedLater.decisions()).containsExactly("86001-D001");
        assertThat(queries.handle(new ListMeetings("86001", null, null, null, scheduledAt.minusSeconds(1)))).isEmpty();
        assertThat(queries.handle(new ListMeetings("86001", MeetingStatus.HELD, null, null, askedAbout))).isEmpty();
    }
}
