package org.gelplan.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Splits every streaming processor's segments between the nodes sharing the store. Axon's pooled
 * processor claims every unclaimed segment it can, so the first node to start would keep them all;
 * here a node holding more than its fair share (segments ÷ live nodes, rounded up) releases the
 * surplus for a while, and another node's coordinator claims it. A dead node's claims time out in
 * the token store and the survivors claim them; once its heartbeat is old, nobody releases them again.
 */
@Component
class SegmentBalancer {

    /** Longer than a coordinator's claim interval (5 s by default), so another node gets its chance. */
    static final Duration RELEASE_FOR = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final NodeHeartbeats heartbeats;

    SegmentBalancer(EventProcessingConfiguration processing, NodeHeartbeats heartbeats) {
        this.processing = processing;
        this.heartbeats = heartbeats;
    }

    @Scheduled(initialDelayString = "2s", fixedDelayString = "2s")
    void balance() {
        try {
            heartbeats.beat();
            int nodes = heartbeats.liveNodes();
            if (nodes > 1) {
                processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                        .map(StreamingEventProcessor.class::cast).filter(StreamingEventProcessor::isRunning)
                        .forEach(processor -> releaseSurplus(processor, nodes));
            }
        } catch (RuntimeException e) {
            LOG.warn("Segments could not be balanced now; this node keeps what it has claimed", e);
        }
    }

    static void releaseSurplus(StreamingEventProcessor processor, int nodes) {
        Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
        if (claimed.isEmpty()) {
            return;
        }
        int segments = claimed.values().iterator().next().getSegment().getMask() + 1;
        for (int segment : surplus(List.copyOf(claimed.keySet()), segments, nodes)) {
            LOG.info("Releasing segment {} of {} for {} so that another of {} nodes can claim it", segment,
                    processor.getName(), RELEASE_FOR, nodes);
            processor.releaseSegment(segment, RELEASE_FOR.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The claimed segments beyond this node's fair share, highest ids first. */
    static List<Integer> surplus(List<Integer> claimed, int segments, int nodes) {
        int fairShare = (segments + nodes - 1) / nodes;
        return claimed.stream().sorted((a, b) -> Integer.compare(b, a))
                .limit(Math.max(0, claimed.size() - fairShare)).toList();
    }
}
