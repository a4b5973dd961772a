package org.gelplan.committee.decision;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.FindDecision;
import org.gelplan.committee.api.ListDecisions;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers decision queries by key lookups: a committee's decisions are those its meetings list
 * (decisions are only taken in meetings), read by id.
 */
@Component
class DecisionQueries {

    private final DecisionRepository decisions;
    private final QueryGateway queries;
    private final Clock clock;

    DecisionQueries(DecisionRepository decisions, QueryGateway queries, Clock clock) {
        this.decisions = decisions;
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    Optional<DecisionView> handle(FindDecision query) {
        return decisions.findById(query.decisionId().value()).map(d -> d.view(GelTime.today(clock)));
    }

    @QueryHandler
    List<DecisionView> handle(ListDecisions query) {
        List<MeetingView> meetings = QueryResults.await(queries.query(
                new ListMeetings(query.entityCode(), null, null, null, query.knownAt()),
                ResponseTypes.multipleInstancesOf(MeetingView.class)));
        List<String> ids = meetings.stream().flatMap(m -> m.decisions().stream()).toList();
        return decisions.findAllById(ids).stream()
                .filter(d -> d.knownAt(query.knownAt()) && d.existedOn(query.asOf()))
                .map(d -> d.asKnownAt(query.knownAt()))
                .sorted(Comparator.comparingInt(DecisionDocument::number))
                .map(d -> d.view(query.asOf()))
                .filter(d -> query.subject() == null || d.concerns(query.subject()))
                .filter(d -> query.status() == null || switch (query.status()) {
                    case OPEN -> d.status() == DecisionView.DecisionStatus.OPEN;
                    case COMPLETED -> d.status() == DecisionView.DecisionStatus.COMPLETED;
                    case OVERDUE -> d.overdue();
                })
                .toList();
    }
}
