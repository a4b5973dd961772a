package org.gelplan.ui.committee;

import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.core.GelTime;
import org.gelplan.ui.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The committee: members over time, meetings and decisions; and one meeting with its roll call, minutes and decisions. */
@Controller
class CommitteePages {

    private final CommitteeQueries committees;
    private final PlanQueries plans;
    private final Clock clock;

    CommitteePages(CommitteeQueries committees, PlanQueries plans, Clock clock) {
        this.committees = committees;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/committees/{entityCode}")
    String committee(@PathVariable String entityCode, Model model) {
        LocalDate today = GelTime.today(clock);
        CommitteeView committee = committees.committee(entityCode, today);
        model.addAttribute("entityCode", entityCode);
        model.addAttribute("entityName", plans.entityName(entityCode));
        model.addAttribute("committee", committee);
        model.addAttribute("members", committee.members().stream()
                .sorted(Comparator.comparing(m -> m.appointedOn())).toList());
        List<MeetingView> meetings = committees.meetings(entityCode).stream()
                .sorted(Comparator.comparing(MeetingView::date).reversed()).toList();
        model.addAttribute("meetings", meetings);
        model.addAttribute("decisions", committees.decisions(entityCode, today));
        return "committee";
    }

    @GetMapping("/committees/{entityCode}/meetings/{meetingId}")
    String meeting(@PathVariable String entityCode, @PathVariable String meetingId, Model model) {
        return show(model, entityCode, meetingId);
    }

    String show(Model model, String entityCode, String meetingId) {
        MeetingView meeting = committees.meeting(entityCode, meetingId);
        CommitteeView committee = committees.committee(entityCode, meeting.date());
        model.addAttribute("entityCode", entityCode);
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committee);
        model.addAttribute("decisions", committees.decisions(entityCode, GelTime.today(clock)).stream()
                .filter(d -> meeting.id().equals(d.meetingId())).toList());
        model.addAttribute("laterMeetings", committees.meetings(entityCode).stream()
                .filter(m -> m.held() != null && m.held().quorum() && m.date().isAfter(meeting.date()))
                .sorted(Comparator.comparing(MeetingView::date)).toList());
        return "meeting";
    }
}
