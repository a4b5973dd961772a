package org.gelplan.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gelplan.core.AuditMetaData;
import org.gelplan.testsupport.DemoHistoryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** GEL_DEMO_HISTORY=true: Mocoa's made-up 2009–2012 history, loaded through the commands and marked synthetic. */
class DemoHistoryLoadIntegrationTest extends DemoHistoryIntegrationTest {

    @Autowired
    private DemoHistory history;

    @Autowired
    private EventStore eventStore;

    @Test
    void holdsAMeetingWithQuorumEveryMonthFromOctober2009ToDecember2012() {
        JsonNode held = as("lider").getForObject(
                "/api/v1/committees/86001/meetings?status=HELD&from=2009-10-01&to=2012-12-31", JsonNode.class);

        assertThat(held).hasSize(39);
        held.forEach(meeting -> {
            assertThat(meeting.get("held").get("quorum").asBoolean()).isTrue();
            assertThat(meeting.get("decisions")).hasSize(1);
        });
    }

    @Test
    void fulfilsCriteriaAndMeasuresIndicatorsOverTheYears() {
        JsonNode in2009 = as("control").getForObject("/api/v1/plans/86001-2009/compliance?asOf=2009-09-30", JsonNode.class);
        JsonNode in2012 = as("control").getForObject("/api/v1/plans/86001-2009/compliance?asOf=2012-12-31", JsonNode.class);
        int before = in2009.get("phases").get(0).get("fulfilled").asInt();
        assertThat(in2012.get("phases").get(0).get("fulfilled").asInt()).isGreaterThan(before);

        JsonNode indicators = as("control").getForObject("/api/v1/plans/86001-2009/indicators", JsonNode.class);
        long measured = 0;
        for (JsonNode indicator : indicators) {
            measured += indicator.get("latest").isNull() ? 0 : 1;
        }
        assertThat(measured).isGreaterThan(10);
    }

    @Test
    void everyEventItRecordedSaysSyntheticAndTheSeedDataDoesNot() throws InterruptedException {
        List<DomainEventMessage<?>> committee = events("committee-86001");
        List<DomainEventMessage<?>> plan = events("86001-2009");

        assertThat(committee.get(0).getPayloadType().getSimpleName()).isEqualTo("CommitteeConstituted");
        assertThat(AuditMetaData.isSynthetic(committee.get(0).getMetaData())).isFalse();
        assertThat(committee.subList(1, committee.size())).isNotEmpty()
                .allSatisfy(e -> assertThat(AuditMetaData.isSynthetic(e.getMetaData())).isTrue())
                .allSatisfy(e -> assertThat(e.getMetaData().get(AuditMetaData.ACTOR)).isEqualTo("system:demo-history"));
        assertThat(plan).filteredOn(e -> e.getPayloadType().getSimpleName().equals("IndicatorMeasured")).isNotEmpty()
                .allSatisfy(e -> assertThat(AuditMetaData.isSynthetic(e.getMetaData())).isTrue());
        assertThat(plan).filteredOn(e -> !e.getPayloadType().getSimpleName().equals("IndicatorMeasured")).isNotEmpty()
                .noneSatisfy(e -> assertThat(AuditMetaData.isSynthetic(e.getMetaData())).isTrue());
        assertThat(events("compliance-86001-2009"))
                .filteredOn(e -> e.getPayloadType().getSimpleName().equals("CriterionFulfilled"))
                .isNotEmpty().allSatisfy(e -> assertThat(AuditMetaData.isSynthetic(e.getMetaData())).isTrue());
    }

    /** The aggregate's events as stored (reading the aggregate itself would start from a snapshot). */
    private List<DomainEventMessage<?>> events(String aggregateId) throws InterruptedException {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                if (stream.nextAvailable() instanceof DomainEventMessage<?> event
                        && event.getAggregateIdentifier().equals(aggregateId)) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    @Test
    void loadingAgainRecordsNothing() {
        long before = storedCommits();

        history.load();

        assertThat(storedCommits()).isEqualTo(before);
    }
}
