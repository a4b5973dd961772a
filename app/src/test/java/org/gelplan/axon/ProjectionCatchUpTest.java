package org.gelplan.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gelplan.axon.StoredTokens.StoredSegment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Which segments read-your-writes waits for: those this node processes, by their status; every other one
 * (another node's, or one claimed here that has not handled its first batch) by the token stored for it.
 * The store's head is at position 10 throughout.
 */
class ProjectionCatchUpTest {

    private static final Duration SHORT = Duration.ofMillis(30);
    private static final long HEAD = 10;

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final StoredTokens storedTokens = mock(StoredTokens.class);
    private ProjectionCatchUp catchUp;

    @BeforeEach
    void oneRunningProcessorAndAStoreWhoseHeadIsAtTen() {
        EventStore eventStore = mock(EventStore.class);
        when(eventStore.createHeadToken()).thenReturn(at(HEAD));
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("tally", processor));
        when(processor.getName()).thenReturn("tally");
        when(processor.isRunning()).thenReturn(true);
        catchUp = new ProjectionCatchUp(eventStore, mock(EventStorageEngine.class), processing, mock(RequestEvents.class),
                storedTokens);
    }

    @Test
    void aSegmentAnotherNodeProcessesIsWaitedForUntilTheTokenItsOwnerStoredPassesTheHead() {
        processingHere(Map.of(0, status(at(HEAD))));
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(at(HEAD)), 1, live(at(7))));
        assertThat(catchUp.awaitHead(SHORT)).isFalse();

        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(at(HEAD)), 1, live(at(HEAD))));
        assertThat(catchUp.awaitHead(SHORT)).isTrue();
    }

    @Test
    void aSegmentClaimedHereThatHasNotHandledItsFirstBatchIsWaitedFor() {
        processingHere(Map.of());
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(at(3))));
        assertThat(catchUp.awaitHead(SHORT)).isFalse();

        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(null)));
        assertThat(catchUp.awaitHead(SHORT)).as("a token not yet past any event").isFalse();
    }

    @Test
    void segmentsThatHaveHandledNothingHaveReachedTheHeadOfAnEmptyStore() {
        EventStore empty = mock(EventStore.class);
        when(empty.createHeadToken()).thenReturn(null);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("tally", processor));
        ProjectionCatchUp onAnEmptyStore = new ProjectionCatchUp(empty, mock(EventStorageEngine.class), processing,
                mock(RequestEvents.class), storedTokens);
        processingHere(Map.of(0, status(null)));
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(null), 1, live(null)));

        assertThat(onAnEmptyStore.awaitHead(SHORT)).isTrue();
    }

    @Test
    void aRunningProcessorWhoseTokensDoNotExistYetIsWaitedFor() {
        processingHere(Map.of());
        when(storedTokens.of("tally")).thenReturn(Map.of());
        assertThat(catchUp.awaitHead(SHORT)).isFalse();
    }

    @Test
    void aSegmentWhoseClaimLapsedIsNotWaitedFor() {
        processingHere(Map.of(0, status(at(HEAD))));
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(at(HEAD)), 1, new StoredSegment(at(7), false)));
        assertThat(catchUp.awaitHead(SHORT)).isTrue();
    }

    @Test
    void aLocalSegmentBehindTheHeadIsWaitedForAndOneInErrorIsNot() {
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(at(HEAD)), 1, live(at(HEAD))));
        processingHere(Map.of(0, status(at(HEAD)), 1, status(at(9))));
        assertThat(catchUp.awaitHead(SHORT)).isFalse();

        EventTrackerStatus failing = status(at(9));
        when(failing.isErrorState()).thenReturn(true);
        processingHere(Map.of(0, status(at(HEAD)), 1, failing));
        assertThat(catchUp.awaitHead(SHORT)).isTrue();
    }

    @Test
    void aTokenPastThePositionThatStillWaitsForItAsAGapHasNotReachedIt() {
        processingHere(Map.of());
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(GapAwareTrackingToken.newInstance(12, List.of(HEAD)))));
        assertThat(catchUp.awaitHead(SHORT)).isFalse();
    }

    @Test
    void whileThisNodesStatusesCoverEverySegmentTheTokenStoreIsNotReadAgain() {
        processingHere(Map.of(0, status(at(HEAD)), 1, status(at(HEAD))));
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(at(5)), 1, live(at(5))));

        assertThat(catchUp.awaitHead(SHORT)).isTrue();
        assertThat(catchUp.awaitHead(SHORT)).isTrue();
        assertThat(catchUp.awaitHead(SHORT)).isTrue();

        verify(storedTokens, times(1)).of("tally");
    }

    @Test
    void aStoppedProcessorIsNotWaitedFor() {
        when(processor.isRunning()).thenReturn(false);
        processingHere(Map.of());
        when(storedTokens.of("tally")).thenReturn(Map.of(0, live(at(3))));
        assertThat(catchUp.awaitHead(SHORT)).isTrue();
    }

    private void processingHere(Map<Integer, EventTrackerStatus> statuses) {
        when(processor.processingStatus()).thenReturn(statuses);
    }

    private static TrackingToken at(long position) {
        return GapAwareTrackingToken.newInstance(position, List.of());
    }

    private static StoredSegment live(TrackingToken token) {
        return new StoredSegment(token, true);
    }

    private static EventTrackerStatus status(TrackingToken token) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getTrackingToken()).thenReturn(token);
        return status;
    }
}
