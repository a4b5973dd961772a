package org.gelplan.shadow;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.gelplan.core.EntityScope;
import org.gelplan.shadow.ShadowComparison.ReadModelComparison;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;

/**
 * Re-runs a projection from the first event into a shadow and compares it with the live read model at one
 * position: the shadow is fed up to the store's head, the live processor is waited for until it reached
 * that head, its documents are read, and if the head moved meanwhile the shadow catches up and the live
 * side is read again. The live processor keeps running throughout; its documents and tokens are only read.
 */
@Component
public class ShadowReplays {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int ATTEMPTS = 5;

    private final ReadModelProcessors processors;
    private final ShadowHandlers handlers;
    private final LivePositions live;
    private final EventStore events;
    private final MongoTemplate mongo;
    private final Semaphore oneAtATime = new Semaphore(1);

    ShadowReplays(ReadModelProcessors processors, ShadowHandlers handlers, LivePositions live, EventStore events,
                  MongoTemplate mongo) {
        this.processors = processors;
        this.handlers = handlers;
        this.live = live;
        this.events = events;
        this.mongo = mongo;
    }

    public List<ProjectionView> projections() {
        return processors.all().stream().map(p -> new ProjectionView(p.name(),
                p.readModelHandlers().stream().map(Class::getSimpleName).toList(), p.collections(),
                live.of(p.processor()))).toList();
    }

    /** Rebuilds the projection in a shadow and compares; differences outside {@code scope} are only counted. */
    public ShadowComparison compare(String name, EntityScope scope) {
        ReadModelProcessor processor = processors.named(name);
        if (!oneAtATime.tryAcquire()) {
            throw new ShadowReplayBusy();
        }
        try (ShadowStore shadow = ShadowStore.open(mongo.getConverter());
             ShadowFeed feed = new ShadowFeed(events, handlers.build(processor, shadow))) {
            feed.reset();
            return compareSettled(processor, shadow, feed, scope);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveProjectionUnsettled(name, -1);
        } finally {
            oneAtATime.release();
        }
    }

    private ShadowComparison compareSettled(ReadModelProcessor processor, ShadowStore shadow, ShadowFeed feed,
                                            EntityScope scope) throws InterruptedException {
        long target = head();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            feed.upTo(target, PATIENCE);
            if (!live.awaitReached(processor.processor(), target, PATIENCE)) {
                break;
            }
            Map<Integer, Long> positions = live.of(processor.processor());
            List<String> collections = collections(processor, shadow);
            List<List<Document>> liveDocuments = collections.stream()
                    .<List<Document>>map(c -> mongo.getCollection(c).find().into(new ArrayList<>())).toList();
            long headAfter = head();
            if (headAfter == target) {
                return comparison(processor, feed, positions, collections, liveDocuments, shadow, scope);
            }
            target = headAfter;
        }
        throw new LiveProjectionUnsettled(processor.name(), target);
    }

    private ShadowComparison comparison(ReadModelProcessor processor, ShadowFeed feed, Map<Integer, Long> positions,
                                        List<String> collections, List<List<Document>> liveDocuments,
                                        ShadowStore shadow, EntityScope scope) {
        List<ReadModelComparison> readModels = new ArrayList<>();
        for (int i = 0; i < collections.size(); i++) {
            readModels.add(ReadModelDiff.compare(collections.get(i), liveDocuments.get(i),
                    shadow.documents(collections.get(i)), scope));
        }
        boolean equal = readModels.stream().allMatch(ReadModelComparison::equal);
        return new ShadowComparison(processor.name(), feed.position(), positions, feed.handled(), feed.failed(),
                feed.failures(), equal, readModels);
    }

    private static List<String> collections(ReadModelProcessor processor, ShadowStore shadow) {
        TreeSet<String> all = new TreeSet<>(processor.collections());
        all.addAll(shadow.collections());
        return List.copyOf(all);
    }

    private long head() {
        var token = events.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }
}
