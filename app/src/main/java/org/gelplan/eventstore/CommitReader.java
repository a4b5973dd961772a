package org.gelplan.eventstore;

import org.bson.Document;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.gelplan.eventstore.EventStoreCollections.GLOBAL_INDEXES;
import static org.gelplan.eventstore.EventStoreCollections.SEQUENCE_KEYS;

/**
 * Reads commits by equality or {@code $in} on the unique keys only. A lookup asks for at most
 * {@value #CHUNK} keys and takes its answer in one reply. It relies on the server returning each matching
 * commit once, from the index, as MongoDB does and as the embedded store does since
 * {@code KeyLookupH2Collection} (ADR 0018 addendum).
 */
class CommitReader {

    /** Keys asked per query: a tracked window of 1,000 global indexes is one query. */
    private static final int CHUNK = 1_000;
    /**
     * Commits per reply batch: a whole answer, since every further batch is a round trip (a window of one-event
     * commits took ten). The embedded server has no 16 MB batch cap, but the answer stays below the driver's
     * 48 MB: a window's commits hold its indexes plus at most two commits that reach past its ends, each a
     * document of at most 16 MB. MongoDB caps its own batches at 16 MB.
     */
    private static final int PAGE = CHUNK;

    private final EventStoreCollections collections;

    CommitReader(EventStoreCollections collections) {
        this.collections = collections;
    }

    /** Events of one aggregate from {@code firstSequence}, at least {@code window} of them if they exist. */
    List<StoredEvent> eventsOfAggregate(String aggregateId, long firstSequence, int window) {
        List<String> keys = LongStream.range(firstSequence, firstSequence + window)
                .mapToObj(sequence -> StoredEvent.sequenceKey(aggregateId, sequence)).toList();
        return commitsWithAny(SEQUENCE_KEYS, keys).stream()
                .flatMap(commit -> commit.events().stream())
                .filter(e -> e.aggregateId().equals(aggregateId) && e.sequence() >= firstSequence)
                .sorted(Comparator.comparingLong(StoredEvent::sequence))
                .toList();
    }

    /** Every event of the commits that hold any of these global indexes, in global order. */
    List<StoredEvent> eventsAt(Collection<Long> globalIndexes) {
        if (globalIndexes.isEmpty()) {
            return List.of();
        }
        return commitsWithAny(GLOBAL_INDEXES, globalIndexes).stream()
                .flatMap(commit -> commit.events().stream())
                .sorted(Comparator.comparingLong(StoredEvent::globalIndex))
                .toList();
    }

    /** The last sequence number of an aggregate, found by probing unique keys (exponential, then binary). */
    Optional<Long> lastSequenceOf(String aggregateId) {
        if (!exists(aggregateId, 0)) {
            return Optional.empty();
        }
        long present = 0;
        long absent = 1;
        while (exists(aggregateId, absent)) {
            present = absent;
            absent = absent * 2;
        }
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            if (exists(aggregateId, middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return Optional.of(present);
    }

    private boolean exists(String aggregateId, long sequence) {
        return collections.commits().find(eq(SEQUENCE_KEYS, StoredEvent.sequenceKey(aggregateId, sequence)))
                .projection(new Document("_id", 1)).first() != null;
    }

    /** Which of these global indexes are stored, read from the commits' index arrays only. */
    SortedSet<Long> storedAmong(Collection<Long> globalIndexes) {
        SortedSet<Long> stored = new TreeSet<>();
        Set<Long> wanted = new HashSet<>(globalIndexes);
        forEachCommitWithAny(GLOBAL_INDEXES, globalIndexes, new Document(GLOBAL_INDEXES, 1), commit -> commit
                .getList(GLOBAL_INDEXES, Number.class).stream().map(Number::longValue).filter(wanted::contains)
                .forEach(stored::add));
        return stored;
    }

    private List<EventCommit> commitsWithAny(String key, Collection<?> values) {
        Map<String, EventCommit> commits = new LinkedHashMap<>();
        forEachCommitWithAny(key, values, null,
                commit -> commits.computeIfAbsent(commit.getString("_id"), id -> EventCommit.fromDocument(commit)));
        return List.copyOf(commits.values());
    }

    private void forEachCommitWithAny(String key, Collection<?> values, Document projection, Consumer<Document> action) {
        List<?> keys = List.copyOf(values);
        for (int from = 0; from < keys.size(); from += CHUNK) {
            collections.commits().find(in(key, keys.subList(from, Math.min(keys.size(), from + CHUNK))))
                    .projection(projection).batchSize(PAGE).forEach(action);
        }
    }
}
