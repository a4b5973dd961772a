package org.gelplan.idempotency;

import org.gelplan.axon.NodeId;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.axon.RequestStartPosition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** How a claim whose attempt never answered is settled: answered when its command's events are stored, else run again. */
class AbandonedClaimsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final ProjectionCatchUp store = mock(ProjectionCatchUp.class);
    private final AbandonedClaims claims = new AbandonedClaims(store, mock(RequestStartPosition.class), nodeNamed("node-a"));

    @Test
    void givenTheAttemptsEventsStoredAfterItsClaim_itGetsARecoveredAnswerThatSaysWhatWasStored() {
        IdempotencyRecord abandoned = claimBy(new Claimant("req-1", 41, "node-b", "run-b"), NOW.minusSeconds(90));
        when(store.eventTypesOf("req-1", 41)).thenReturn(List.of("MeetingScheduled"));

        IdempotencyRecord answer = claims.recoveredAnswer(abandoned).orElseThrow();

        assertThat(answer.completed()).isTrue();
        assertThat(answer.recovered()).isTrue();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.requestHash()).isEqualTo(abandoned.requestHash());
        assertThat(answer.startedAt()).isEqualTo(abandoned.startedAt());
        assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"recovered\":true,\"requestId\":\"req-1\",\"events\":[\"MeetingScheduled\"]}");
    }

    @Test
    void givenNoEventsOfTheAttempt_theCommandMayRunAgain() {
        IdempotencyRecord abandoned = claimBy(new Claimant("req-2", 41, "node-b", "run-b"), NOW.minusSeconds(90));
        when(store.eventTypesOf("req-2", 41)).thenReturn(List.of());

        assertThat(claims.recoveredAnswer(abandoned)).isEmpty();
    }

    @Test
    void givenAClaimWrittenBeforeClaimsNamedTheirAttempt_theCommandRunsAsBeforeWithoutReadingEvents() {
        IdempotencyRecord abandoned = claimBy(Claimant.UNKNOWN, NOW.minusSeconds(90));

        assertThat(claims.recoveredAnswer(abandoned)).isEmpty();
        verify(store, never()).eventTypesOf(anyString(), anyLong());
    }

    @Test
    void aClaimIsAbandonedAfterAMinuteOrAtOnceWhenAnEarlierRunOfThisNodeMadeIt() {
        Claimant thisRun = claims.claimant("req-3");
        Claimant otherNode = new Claimant("req-3", 0, "node-b", "run-b");
        Claimant earlierRunHere = new Claimant("req-3", 0, "node-a", "run-before-the-crash");

        assertThat(claims.abandoned(claimBy(otherNode, NOW.minusSeconds(5)), NOW)).isFalse();
        assertThat(claims.abandoned(claimBy(thisRun, NOW.minusSeconds(5)), NOW)).isFalse();
        assertThat(claims.abandoned(claimBy(earlierRunHere, NOW.minusSeconds(5)), NOW)).isTrue();
        assertThat(claims.abandoned(claimBy(otherNode, NOW.minus(Duration.ofSeconds(61))), NOW)).isTrue();
        assertThat(claims.abandoned(claimBy(earlierRunHere, NOW.minusSeconds(90)).answered(201, null, null, null), NOW))
                .as("an answered record is never abandoned").isFalse();
    }

    @Test
    void aRecordReadsBackWithItsClaimant() {
        IdempotencyRecord record = claimBy(new Claimant("req-4", 7, "node-b", "run-b"), NOW);

        assertThat(IdempotencyRecord.from(record.toDocument()).claimant()).isEqualTo(record.claimant());
        assertThat(IdempotencyRecord.from(record.toDocument().append("startPosition", null)).claimant())
                .isEqualTo(Claimant.UNKNOWN);
    }

    private static IdempotencyRecord claimBy(Claimant claimant, Instant at) {
        return IdempotencyRecord.started("admin:key-1", "hash-1", claimant, at);
    }

    private static NodeId nodeNamed(String name) {
        NodeId node = mock(NodeId.class);
        when(node.value()).thenReturn(name);
        return node;
    }
}
