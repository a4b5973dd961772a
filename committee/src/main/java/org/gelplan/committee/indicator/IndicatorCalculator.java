package org.gelplan.committee.indicator;

import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.CommitteeIndicators.Attendance;
import org.gelplan.committee.api.CommitteeIndicators.DecisionDelivery;
import org.gelplan.committee.api.CommitteeIndicators.MeetingFrequency;
import org.gelplan.committee.api.CommitteeIndicators.MemberAttendance;
import org.gelplan.committee.api.CommitteeIndicators.MonthlyMeetings;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.committee.api.MemberView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the committee's indicators from its record as of a day: only meetings held and decisions
 * recorded or completed by the end of that day count. Meetings held without quorum count as meetings
 * (they happened) and for attendance, though they could not decide.
 */
final class IndicatorCalculator {

    static final String MONTHLY = "Mensual";

    private IndicatorCalculator() {
    }

    static CommitteeIndicators compute(CommitteeView committee, List<MeetingView> meetings, List<DecisionView> decisions,
                                       LocalDate asOf) {
        List<MeetingView.Session> held = meetings.stream().filter(m -> m.status() == MeetingStatus.HELD)
                .map(MeetingView::held).filter(s -> !s.heldOn().isAfter(asOf)).toList();
        return new CommitteeIndicators(committee.entityCode(), asOf, frequency(committee.constitutedOn(), held, asOf),
                attendance(committee.members(), held), delivery(decisions));
    }

    static MeetingFrequency frequency(LocalDate constitutedOn, List<MeetingView.Session> held, LocalDate asOf) {
        List<MonthlyMeetings> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(constitutedOn); !month.isAfter(YearMonth.from(asOf)); month = month.plusMonths(1)) {
            YearMonth m = month;
            List<MeetingView.Session> inMonth = held.stream().filter(s -> YearMonth.from(s.heldOn()).equals(m)).toList();
            months.add(new MonthlyMeetings(m.toString(), inMonth.size(),
                    (int) inMonth.stream().filter(MeetingView.Session::quorum).count()));
        }
        int withMeeting = (int) months.stream().filter(m -> m.held() > 0).count();
        return new MeetingFrequency(MONTHLY, months.size(), withMeeting, percent(withMeeting, months.size()),
                held.size(), months);
    }

    static Attendance attendance(List<MemberView> members, List<MeetingView.Session> held) {
        List<MemberAttendance> rates = members.stream().filter(MemberView::voting).map(member -> {
            int seats = (int) held.stream().filter(s -> s.votingMembers().contains(member.id())).count();
            int attended = (int) held.stream().filter(s -> s.presentVoting().contains(member.id())).count();
            return new MemberAttendance(member.id(), member.position(), member.name(), seats, attended,
                    percent(attended, seats));
        }).toList();
        int seats = rates.stream().mapToInt(MemberAttendance::meetings).sum();
        int attended = rates.stream().mapToInt(MemberAttendance::attended).sum();
        return new Attendance(seats, attended, percent(attended, seats), rates);
    }

    static DecisionDelivery delivery(List<DecisionView> decisions) {
        int completed = (int) decisions.stream().filter(d -> d.status() == DecisionView.DecisionStatus.COMPLETED).count();
        int onTime = (int) decisions.stream().filter(d -> Boolean.TRUE.equals(d.completedOnTime())).count();
        int overdue = (int) decisions.stream().filter(DecisionView::overdue).count();
        int due = completed + overdue;
        return new DecisionDelivery(decisions.size(), completed, onTime, decisions.size() - completed, overdue, due,
                percent(onTime, due));
    }

    /** One decimal, or null when there is nothing to measure. */
    static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
