package org.gelplan.committee.meeting;

import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.FindMeeting;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Answers meeting queries with key lookups on the meetings read model. */
@Component
class MeetingQueries {

    private static final int BATCH = 50;

    private final MeetingRepository meetings;

    MeetingQueries(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @QueryHandler
    Optional<MeetingView> handle(FindMeeting query) {
        return meetings.findById(query.meetingId().value()).map(MeetingDocument::meeting);
    }

    @QueryHandler
    List<MeetingView> handle(ListMeetings query) {
        return meetingsOf(query.entityCode()).stream().flatMap(m -> m.asKnownAt(query.knownAt()).stream())
                .filter(m -> query.status() == null || m.status() == query.status())
                .filter(m -> query.from() == null || !m.date().isBefore(query.from()))
                .filter(m -> query.to() == null || !m.date().isAfter(query.to()))
                .toList();
    }

    /**
     * A committee numbers its meetings 1, 2, 3... without gaps, so reading ids by batches until one comes
     * back short finds them all with {@code _id} lookups (the embedded server ignores secondary indexes).
     */
    private List<MeetingDocument> meetingsOf(String entityCode) {
        List<MeetingDocument> found = new ArrayList<>();
        int batchFound = CommitteeId.isEntityCode(entityCode) ? BATCH : 0;
        for (int first = 1; batchFound == BATCH; first += BATCH) {
            List<String> ids = IntStream.range(first, first + BATCH)
                    .mapToObj(n -> MeetingId.of(entityCode, n).value()).toList();
            List<MeetingDocument> batch = meetings.findAllById(ids);
            batchFound = batch.size();
            found.addAll(batch);
        }
        found.sort(Comparator.comparingInt(MeetingDocument::number));
        return found;
    }
}
