package org.gelplan.committee.indicator;

import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.DecisionView.DecisionStatus;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.committee.api.MemberView;
import org.gelplan.committee.api.Votes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorCalculatorTest {

    private static final LocalDate CONSTITUTED = LocalDate.of(2009, 9, 21);
    private static final List<String> VOTING = List.of("86001-M01", "86001-M02", "86001-M03", "86001-M04");

    @Test
    void countsMonthsWithAHeldMeetingFromTheConstitutionsMonthToTheAsOfMonth() {
        CommitteeIndicators indicators = compute(List.of(held("2009-10-30", true), held("2009-10-31", false),
                held("2009-12-04", false), held("2010-01-15", true), scheduled("2009-11-27")), LocalDate.of(2009, 12, 31));

        assertThat(indicators.meetingFrequency().monthsSinceConstitution()).isEqualTo(4);
        assertThat(indicators.meetingFrequency().monthsWithMeeting()).isEqualTo(2);
        assertThat(indicators.meetingFrequency().percent()).isEqualTo(50.0);
        assertThat(indicators.meetingFrequency().meetingsHeld()).isEqualTo(3);
        assertThat(indicators.meetingFrequency().months().get(1))
                .isEqualTo(new CommitteeIndicators.MonthlyMeetings("2009-10", 2, 1));
    }

    @Test
    void measuresNothingBeforeTheConstitution() {
        CommitteeIndicators indicators = compute(List.of(), LocalDate.of(2009, 8, 31));

        assertThat(indicators.meetingFrequency().monthsSinceConstitution()).isZero();
        assertThat(indicators.meetingFrequency().percent()).isNull();
        assertThat(indicators.attendance().percent()).isNull();
        assertThat(indicators.decisions().onTimePercent()).isNull();
    }

    @Test
    void ratesAttendanceOfVotingMembersOverTheMeetingsOfTheirTenure() {
        CommitteeIndicators indicators = compute(List.of(held("2009-10-30", true), held("2009-11-27", false)),
                LocalDate.of(2009, 12, 31));

        assertThat(indicators.attendance().seats()).isEqualTo(8);
        assertThat(indicators.attendance().attended()).isEqualTo(5);
        assertThat(indicators.attendance().percent()).isEqualTo(62.5);
        assertThat(indicators.attendance().members()).extracting(CommitteeIndicators.MemberAttendance::percent)
                .containsExactly(100.0, 100.0, 50.0, 0.0);
    }

    @Test
    void ratesDecisionsCompletedOnTimeAmongThoseDue() {
        LocalDate asOf = LocalDate.of(2009, 12, 31);
        List<DecisionView> decisions = List.of(decision(DecisionStatus.COMPLETED, true, false),
                decision(DecisionStatus.COMPLETED, false, false), decision(DecisionStatus.OPEN, null, true),
                decision(DecisionStatus.OPEN, null, false));

        CommitteeIndicators.DecisionDelivery delivery = IndicatorCalculator.delivery(decisions);

        assertThat(delivery).isEqualTo(new CommitteeIndicators.DecisionDelivery(4, 2, 1, 2, 1, 3, 33.3));
        assertThat(compute(List.of(), asOf).decisions().recorded()).isZero();
    }

    private static CommitteeIndicators compute(List<MeetingView> meetings, LocalDate asOf) {
        List<MemberView> members = VOTING.stream().map(id -> new MemberView(id, "Cargo " + id, null,
                List.of(CommitteeRole.MEMBER), true, null, CONSTITUTED, "r", null, null)).toList();
        CommitteeView committee = new CommitteeView("committee-86001", "86001", CONSTITUTED, "acta", asOf, members,
                members, List.of(), null, null);
        return IndicatorCalculator.compute(committee, meetings, List.of(), asOf);
    }

    /** M01 and M02 attend every meeting with quorum and without; M03 only those with quorum; M04 none. */
    private static MeetingView held(String date, boolean quorum) {
        List<String> present = quorum ? VOTING.subList(0, 3) : VOTING.subList(0, 2);
        var session = new MeetingView.Session(LocalDate.parse(date), present, null, VOTING, present, 3, "86001-M01",
                quorum, List.of(), "Acta", null);
        return new MeetingView("86001-R001", MeetingStatus.HELD, LocalDate.parse(date), List.of(), session, null, null,
                List.of());
    }

    private static MeetingView scheduled(String date) {
        return new MeetingView("86001-R009", MeetingStatus.SCHEDULED, LocalDate.parse(date), List.of(), null, null, null,
                List.of());
    }

    private static DecisionView decision(DecisionStatus status, Boolean onTime, boolean overdue) {
        return new DecisionView("86001-D001", "86001", "86001-R001", CONSTITUTED, "t", new Votes(3, 0, 0), List.of(),
                "86001-M01", CONSTITUTED.plusDays(30), status, null, null, onTime, overdue, CONSTITUTED.plusDays(60));
    }
}
