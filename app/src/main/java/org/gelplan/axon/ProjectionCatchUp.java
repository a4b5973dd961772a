package org.gelplan.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gelplan.core.AuditMetaData;
import org.gelplan.eventstore.MongoCommitEventStorageEngine;
import org.gelplan.web.RequestIds;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Waits, for a bounded time, until the event processors have handled events stored so far, so that a
 * client who just sent a command reads its own write. A segment this node processes is observed in its
 * processor's status; any other (claimed by another node, or claimed here but not yet through its first
 * batch, as after a start or a reset) by the token its owner stored ({@link StoredTokens}), which is read
 * only while the node's own statuses do not cover every segment. A segment whose claim has lapsed (its
 * owner presumed gone) is not waited for.
 */
@Component
public class ProjectionCatchUp {

    private static final long POLL_MILLIS = 1;

    private final EventStore eventStore;
    private final EventStorageEngine storage;
    private final EventProcessingConfiguration processing;
    private final RequestEvents requestEvents;
    private final StoredTokens storedTokens;
    /** The streaming processors that handle a payload type: asked of Axon once per type, not at every poll. */
    private final Map<Class<?>, List<StreamingEventProcessor>> handlersOf = new ConcurrentHashMap<>();
    /** Every streaming processor, listed once: Axon's are fixed once the application has started. */
    private volatile List<StreamingEventProcessor> streaming;
    /** Each processor's segment ids as last read from the token store: whether this node's statuses cover them. */
    private final Map<String, Set<Integer>> segmentsOf = new ConcurrentHashMap<>();

    ProjectionCatchUp(EventStore eventStore, EventStorageEngine storage, EventProcessingConfiguration processing,
                      RequestEvents requestEvents, StoredTokens storedTokens) {
        this.eventStore = eventStore;
        this.storage = storage;
        this.processing = processing;
        this.requestEvents = requestEvents;
        this.storedTokens = storedTokens;
    }

    /**
     * Waits until every segment of every running processor reached the store's head, and again if handling
     * those events stored new ones (a policy sending a command), so the whole cascade is visible.
     *
     * @return whether that happened within the timeout
     */
    public boolean awaitHead(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = headPosition();
        while (true) {
            if (caughtUpTo(target, streamingProcessors())) {
                long newer = headPosition();
                if (newer == target) {
                    return true;
                }
                target = newer;
            } else if (!pause(deadline)) {
                return false;
            }
        }
    }

    /**
     * Waits until the processors that handle the events this HTTP request caused (those this node stored
     * with its {@code requestId}, see {@link RequestEvents}) have passed them, and again for the events that
     * handling caused in turn, which carry the same request id. Other processors and other requests'
     * events are not waited for. Falls back to {@link #awaitHead} for a request that sent no command
     * through the gateway.
     *
     * @return whether that happened within the timeout
     */
    public boolean awaitRequest(Duration timeout) {
        Optional<String> requestId = RequestIds.current().map(RequestIds::requestId);
        if (RequestStartPosition.current().isEmpty() || requestId.isEmpty()) {
            return awaitHead(timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Long, Class<?>> handled = Map.of();
        try {
            while (true) {
                Map<Long, Class<?>> caused = requestEvents.of(requestId.get());
                if (caused.equals(handled)) {
                    return true;
                }
                for (Map.Entry<Long, Class<?>> event : caused.entrySet()) {
                    List<StreamingEventProcessor> handlers = handlersOf.computeIfAbsent(event.getValue(), this::handling);
                    while (!caughtUpTo(event.getKey(), handlers)) {
                        if (!pause(deadline)) {
                            return false;
                        }
                    }
                }
                handled = caused;
            }
        } finally {
            requestEvents.forget(requestId.get());
        }
    }

    /** The position of the newest stored event; -1 for an empty store. */
    public long headPosition() {
        if (storage instanceof MongoCommitEventStorageEngine engine) {
            return engine.newestStoredIndex();
        }
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }

    /**
     * A position every event stored from now on lies after: an index already handed out, the highest this
     * node knows of without a read once it has seen one. Where a request starts (see {@link RequestStartPosition}).
     */
    public long startPosition() {
        return storage instanceof MongoCommitEventStorageEngine engine ? engine.knownAllocatedIndex() : headPosition();
    }

    /**
     * The payload types (simple names, in store order) of the events after {@code after}, up to the
     * head, that the request caused: a bounded read, as for read-your-writes.
     */
    public List<String> eventTypesOf(String requestId, long after) {
        return eventsOf(requestId, after).values().stream().map(Class::getSimpleName).toList();
    }

    // the newest position handed out, stored or not: one read
    private long highestAllocatedPosition() {
        return storage instanceof MongoCommitEventStorageEngine engine ? engine.highestAllocatedIndex() : headPosition();
    }

    /** Position → payload type of the events after {@code after}, up to the head, that the request caused. */
    private Map<Long, Class<?>> eventsOf(String requestId, long after) {
        // a bound, not a target: the read ends at the newest stored event anyway
        long head = highestAllocatedPosition();
        Map<Long, Class<?>> caused = new TreeMap<>();
        if (head <= after) {
            return caused;
        }
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(
                GapAwareTrackingToken.newInstance(after, List.of()), false)) {
            events.takeWhile(event -> positionOf(event) <= head)
                    .filter(event -> requestId.equals(event.getMetaData().get(AuditMetaData.REQUEST_ID)))
                    .forEach(event -> caused.put(positionOf(event), event.getPayloadType()));
        }
        return caused;
    }

    private static long positionOf(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElse(Long.MAX_VALUE);
    }

    private List<StreamingEventProcessor> handling(Class<?> payloadType) {
        return streamingProcessors().stream().filter(processor -> !(processor instanceof AbstractEventProcessor handlers)
                || handlers.eventHandlerInvoker().canHandleType(payloadType)).toList();
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        List<StreamingEventProcessor> known = streaming;
        if (known == null) {
            known = processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
            streaming = known;
        }
        return known;
    }

    private boolean caughtUpTo(long position, List<StreamingEventProcessor> processors) {
        for (StreamingEventProcessor processor : processors) {
            if (processor.isRunning() && !caughtUpTo(position, processor)) {
                return false;
            }
        }
        return true;
    }

    // A segment in error is retried by its owner (ADR 0019) and not waited for.
    private boolean caughtUpTo(long position, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        for (EventTrackerStatus status : local.values()) {
            if (!status.isErrorState() && !reached(status.getTrackingToken(), position)) {
                return false;
            }
        }
        Set<Integer> known = segmentsOf.get(processor.getName());
        if (known != null && !known.isEmpty() && local.keySet().containsAll(known)) {
            return true;
        }
        Map<Integer, StoredTokens.StoredSegment> stored = storedTokens.of(processor.getName());
        segmentsOf.put(processor.getName(), Set.copyOf(stored.keySet()));
        // a running processor without tokens is about to create them, at the start of the stream
        return !stored.isEmpty() && stored.entrySet().stream().filter(segment -> !local.containsKey(segment.getKey()))
                .map(Map.Entry::getValue)
                .allMatch(segment -> !segment.claimLive() || reached(segment.token(), position));
    }

    private static boolean reached(TrackingToken token, long position) {
        if (token == null) {
            return position < 0; // nothing handled yet: only an empty store's head (-1) is reached
        }
        return token.position().orElse(-1) >= position && !inGap(token, position);
    }

    // A token past a position may still wait for it: an index allocated earlier but stored later.
    private static boolean inGap(TrackingToken token, long position) {
        return WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware
                && gapAware.getGaps().contains(position);
    }

    private static boolean pause(long deadline) {
        if (System.nanoTime() > deadline) {
            return false;
        }
        try {
            Thread.sleep(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
