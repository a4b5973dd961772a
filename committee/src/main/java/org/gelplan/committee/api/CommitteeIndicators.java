package org.gelplan.committee.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The indicators the committee's record yields by itself (Tabla 7), as of a day; never entered by hand.
 * Percentages have one decimal and are null when there is nothing to measure yet.
 */
public record CommitteeIndicators(String entityCode, LocalDate asOf, MeetingFrequency meetingFrequency,
                                  Attendance attendance, DecisionDelivery decisions) {

    /**
     * "Frecuencia de reunión del Comité GEL", target "Mensual": calendar months with at least one held
     * meeting over the months from the constitution's month to the as-of month, both included.
     */
    public record MeetingFrequency(String target, int monthsSinceConstitution, int monthsWithMeeting, Double percent,
                                   int meetingsHeld, List<MonthlyMeetings> months) {
    }

    /** One calendar month ({@code 2009-10}): meetings held, and how many of them with quorum. */
    public record MonthlyMeetings(String month, int held, int withQuorum) {
    }

    /**
     * Attendance of the voting members at held meetings: {@code seats} counts each voting member of
     * each meeting's day once, {@code attended} those of them present.
     */
    public record Attendance(int seats, int attended, Double percent, List<MemberAttendance> members) {
    }

    public record MemberAttendance(String memberId, String position, String name, int meetings, int attended,
                                   Double percent) {
    }

    /**
     * Decisions and their delivery: {@code due} are those completed or past their due date,
     * {@code onTimePercent} = completed by the due date / due.
     */
    public record DecisionDelivery(int recorded, int completed, int completedOnTime, int open, int overdue, int due,
                                   Double onTimePercent) {
    }
}
