package org.gelplan.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gelplan.axon.NodeId;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.axon.RequestStartPosition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Names the attempt that claims a key and settles claims whose attempt never answered (ADR 0012):
 * a node that died between storing the command's events and completing the record. When events
 * carrying the claimant's request id were stored after its start position, the command ran, and the
 * record gets a recovered answer instead of a second run; when none were, the command stored nothing
 * and may run again. Only events after the claim's start position are read, up to the head.
 */
@Component
class AbandonedClaims {

    static final String RECOVERED_HEADER = "Idempotent-Recovered";
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private final ProjectionCatchUp store;
    private final RequestStartPosition start;
    private final String node;
    private final String run = UUID.randomUUID().toString();
    private final ObjectMapper json = new ObjectMapper();

    AbandonedClaims(ProjectionCatchUp store, RequestStartPosition start, NodeId node) {
        this.store = store;
        this.start = start;
        this.node = node.value();
    }

    /** The attempt of this request, claiming now, from the position read-your-writes will also start at. */
    Claimant claimant(String requestId) {
        return new Claimant(requestId, start.note(), node, run);
    }

    /** An unfinished claim whose attempt is gone: an earlier run of this node's, or anyone's after a minute. */
    boolean abandoned(IdempotencyRecord record, Instant now) {
        return !record.completed() && (record.claimant().earlierRunOf(node, run)
                || record.startedAt().plus(ABANDONED_AFTER).isBefore(now));
    }

    /** The answer for an abandoned claim whose command's events were stored; empty when it stored none. */
    Optional<IdempotencyRecord> recoveredAnswer(IdempotencyRecord abandoned) {
        Claimant claimant = abandoned.claimant();
        if (claimant.requestId() == null) {
            return Optional.empty();
        }
        List<String> events = store.eventTypesOf(claimant.requestId(), claimant.startPosition());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(abandoned.recoveredWith(HttpStatus.OK.value(), MediaType.APPLICATION_JSON_VALUE,
                body(claimant.requestId(), events)));
    }

    private byte[] body(String requestId, List<String> events) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recovered", true);
        body.put("requestId", requestId);
        body.put("events", events);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
