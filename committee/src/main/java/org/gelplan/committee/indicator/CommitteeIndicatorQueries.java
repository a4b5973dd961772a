package org.gelplan.committee.indicator;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.committee.api.FindCommitteeIndicators;
import org.gelplan.committee.api.ListDecisions;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.core.QueryResults;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Answers {@link FindCommitteeIndicators} from the committee's membership, meetings and decisions. */
@Component
class CommitteeIndicatorQueries {

    private final QueryGateway queries;

    CommitteeIndicatorQueries(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    Optional<CommitteeIndicators> handle(FindCommitteeIndicators query) {
        Optional<CommitteeView> committee = QueryResults.await(queries.query(
                new FindCommittee(query.entityCode(), query.asOf()), ResponseTypes.optionalInstanceOf(CommitteeView.class)));
        return committee.map(found -> IndicatorCalculator.compute(found,
                QueryResults.await(queries.query(new ListMeetings(query.entityCode(), MeetingStatus.HELD, null, query.asOf()),
                        ResponseTypes.multipleInstancesOf(MeetingView.class))),
                QueryResults.await(queries.query(new ListDecisions(query.entityCode(), null, null, query.asOf()),
                        ResponseTypes.multipleInstancesOf(DecisionView.class))),
                query.asOf()));
    }
}
