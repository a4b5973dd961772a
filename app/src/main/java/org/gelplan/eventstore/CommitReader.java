package org.gelplan.eventstore;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.gelplan.eventstore.EventStoreCollections.GLOBAL_INDEXES;
import static org.gelplan.eventstore.EventStoreCollections.SEQUENCE_KEYS;

/** Reads commits by equality or {@code $in} on the unique keys only. */
class CommitReader {

    /** Keys asked per query; see {@link #idsWithAny}. */
    private static final int CHUNK = 16;
    /**
     * Commit ids asked per query: the embedded server checks each matched commit against the whole
     * {@code $in}, so one query for n ids costs n × n comparisons (a 1,000-index window of one-event
     * commits took 170 ms in one query).
     */
    private static final int ID_CHUNK = 100;

    private final EventStoreCollections collections;

    CommitReader(EventStoreCollections collections) {
        this.collections = collections;
    }

    /** Events of one aggregate from {@code firstSequence}, at least {@code window} of them if they exist. */
    List<StoredEvent> eventsOfAggregate(String aggregateId, long firstSequence, int window) {
        List<String> keys = LongStream.range(firstSequence, firstSequence + window)
                .mapToObj(sequence -> StoredEvent.sequenceKey(aggregateId, sequence)).toList();
        return commitsWithAny(SEQUENCE_KEYS, keys, true).stream()
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
        return commitsWithAny(GLOBAL_INDEXES, globalIndexes, false).stream()
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
        idsWithAny(GLOBAL_INDEXES, globalIndexes, false).values().forEach(keys -> keys.stream()
                .map(key -> ((Number) key).longValue()).filter(wanted::contains).forEach(stored::add));
        return stored;
    }

    private List<EventCommit> commitsWithAny(String key, Collection<?> values, boolean contiguous) {
        List<String> ids = List.copyOf(idsWithAny(key, values, contiguous).keySet());
        List<EventCommit> commits = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            collections.commits().find(in("_id", ids.subList(from, Math.min(ids.size(), from + ID_CHUNK))))
                    .forEach(d -> commits.add(EventCommit.fromDocument(d)));
        }
        return commits;
    }

    /**
     * The ids, with their keys, of the commits holding any of these keys. Asked in chunks, each chunk
     * for keys no commit found so far holds: the embedded server returns a multikey match once per
     * matching key and checks every such candidate against the whole query, so one {@code $in} of a
     * window of n keys over a commit of m events cost n × n × m comparisons (and, with whole documents,
     * replies beyond the driver's 48 MB limit). A commit's keys come back with its id and cross off the
     * rest of its block, so a large commit is found by its first key and small ones a chunk at a time.
     * With {@code contiguous} keys (an aggregate's sequence numbers, which have no holes) the first key
     * no commit holds ends the search: every later one is absent too.
     */
    private Map<String, List<Object>> idsWithAny(String key, Collection<?> values, boolean contiguous) {
        Set<Object> remaining = new LinkedHashSet<>(values);
        Map<String, List<Object>> found = new LinkedHashMap<>();
        while (!remaining.isEmpty()) {
            List<Object> chunk = remaining.stream().limit(CHUNK).toList();
            chunk.forEach(remaining::remove);
            Set<Object> held = new HashSet<>();
            collections.commits().find(in(key, chunk)).projection(new Document("_id", 1).append(key, 1))
                    .forEach(d -> {
                        List<Object> keys = d.getList(key, Object.class);
                        if (found.putIfAbsent(d.getString("_id"), keys) == null) {
                            keys.forEach(remaining::remove);
                            held.addAll(keys);
                        }
                    });
            if (contiguous && !held.containsAll(chunk)) {
                break;
            }
        }
        return found;
    }
}
