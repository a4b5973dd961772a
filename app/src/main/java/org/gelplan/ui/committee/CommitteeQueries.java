package org.gelplan.ui.committee;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CommitteeNotFound;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.committee.api.FindMeeting;
import org.gelplan.committee.api.ListDecisions;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingNotFound;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.QueryResults;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** The committee queries the pages ask, each checked against the caller's entity scope as the API does. */
@Component
class CommitteeQueries {

    private final QueryGateway queries;

    CommitteeQueries(QueryGateway queries) {
        this.queries = queries;
    }

    static CommitteeId scoped(String entityCode) {
        CommitteeId committee = CommitteeId.forEntity(entityCode);
        CurrentScope.require(entityCode);
        return committee;
    }

    CommitteeView committee(String entityCode, LocalDate asOf) {
        scoped(entityCode);
        return QueryResults.await(queries.query(new FindCommittee(entityCode, asOf),
                ResponseTypes.optionalInstanceOf(CommitteeView.class))).orElseThrow(() -> new CommitteeNotFound(entityCode));
    }

    List<MeetingView> meetings(String entityCode) {
        scoped(entityCode);
        return QueryResults.await(queries.query(new ListMeetings(entityCode, null, null, null),
                ResponseTypes.multipleInstancesOf(MeetingView.class)));
    }

    MeetingView meeting(String entityCode, String meetingId) {
        scoped(entityCode);
        return QueryResults.await(queries.query(new FindMeeting(MeetingId.named(entityCode, meetingId)),
                ResponseTypes.optionalInstanceOf(MeetingView.class))).orElseThrow(() -> new MeetingNotFound(meetingId));
    }

    List<DecisionView> decisions(String entityCode, LocalDate asOf) {
        scoped(entityCode);
        return QueryResults.await(queries.query(new ListDecisions(entityCode, null, null, asOf),
                ResponseTypes.multipleInstancesOf(DecisionView.class)));
    }
}
