package org.gelplan.reporting.quarterly;

import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.CommitteeNotFound;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.quarterly.QuarterlyReport.CommitteeSection;
import org.gelplan.reporting.quarterly.QuarterlyReport.DecisionLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.MeetingLine;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The committee's quarter: meetings held (with attendance) or cancelled, decisions taken, completed and open. */
@Component
class CommitteeReportSection {

    private final ReportSources sources;

    CommitteeReportSection(ReportSources sources) {
        this.sources = sources;
    }

    CommitteeSection section(String entityCode, Quarter quarter) {
        List<MeetingView> meetings;
        List<DecisionView> decisions;
        Optional<CommitteeIndicators> indicators;
        try {
            meetings = sources.meetings(entityCode, quarter.firstDay(), quarter.lastDay()).stream()
                    .filter(m -> m.status() != MeetingStatus.SCHEDULED).toList();
            decisions = sources.decisions(entityCode, quarter.lastDay()).stream()
                    .filter(d -> !d.decidedOn().isAfter(quarter.lastDay())).toList();
            indicators = sources.committeeIndicators(entityCode, quarter.lastDay());
        } catch (CommitteeNotFound e) {
            return new CommitteeSection(0, 0, null, null, null, List.of(), List.of(), List.of(), List.of());
        }
        return new CommitteeSection(
                (int) meetings.stream().filter(m -> m.status() == MeetingStatus.HELD).count(),
                (int) meetings.stream().filter(m -> m.status() == MeetingStatus.CANCELLED).count(),
                indicators.map(i -> i.meetingFrequency().percent()).orElse(null),
                indicators.map(i -> i.attendance().percent()).orElse(null),
                indicators.map(i -> i.decisions().onTimePercent()).orElse(null),
                meetings.stream().map(CommitteeReportSection::meeting).toList(),
                decisions.stream().filter(d -> quarter.contains(d.decidedOn())).map(CommitteeReportSection::decision).toList(),
                decisions.stream().filter(d -> quarter.contains(d.completedOn())).map(CommitteeReportSection::decision).toList(),
                decisions.stream().filter(d -> d.status() == DecisionView.DecisionStatus.OPEN)
                        .map(CommitteeReportSection::decision).toList());
    }

    private static MeetingLine meeting(MeetingView m) {
        MeetingView.Session s = m.held();
        return s == null
                ? new MeetingLine(m.id(), m.date(), m.status().name(), 0, 0, 0, null, m.decisions().size())
                : new MeetingLine(m.id(), s.heldOn(), m.status().name(), s.present().size(), s.votingMembers().size(),
                s.presentVoting().size(), s.quorum(), m.decisions().size());
    }

    private static DecisionLine decision(DecisionView d) {
        return new DecisionLine(d.id(), d.meetingId(), d.decidedOn(), d.text(), d.responsible(), d.dueDate(),
                d.status().name(), d.completedOn(), d.overdue());
    }
}
