package org.gelplan.reporting.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The chain's collection. {@code _id} is the position, so the unique insert of position n is the lock that
 * makes one node, and only one, link the n-th event; unique indexes on the event id and the global index
 * keep an event from being linked twice. Every query is an equality or {@code $in} on a unique key.
 */
public class AuditChainStore implements ChainSource {

    public static final String COLLECTION = "audit_chain";

    private final MongoCollection<Document> entries;

    public AuditChainStore(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true).name("unique_event"));
        entries.createIndex(Indexes.ascending("globalIndex"), new IndexOptions().unique(true).name("unique_global_index"));
    }

    /**
     * Appends entries in order and stops at the first whose position or event is already linked (another
     * node was first). Returns how many were appended: that many from the start of the list.
     */
    int appendAll(List<ChainEntry> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            entries.insertMany(batch.stream().map(ChainEntry::toDocument).toList(), new InsertManyOptions().ordered(true));
            return batch.size();
        } catch (MongoBulkWriteException e) {
            BulkWriteError first = e.getWriteErrors().get(0);
            if (ErrorCategory.fromErrorCode(first.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return first.getIndex();
            }
            throw e;
        }
    }

    @Override
    public Map<Long, ChainEntry> entriesAt(Collection<Long> positions) {
        return byKey("_id", positions);
    }

    /** The entries linking events at these global indexes, keyed by global index. */
    Map<Long, ChainEntry> linkingGlobalIndexes(Collection<Long> globalIndexes) {
        Map<Long, ChainEntry> byPosition = byKey("globalIndex", globalIndexes);
        Map<Long, ChainEntry> byIndex = new HashMap<>();
        byPosition.values().forEach(e -> byIndex.put(e.globalIndex(), e));
        return byIndex;
    }

    @Override
    public Optional<ChainEntry> byEventId(String eventId) {
        return Optional.ofNullable(entries.find(eq("eventId", eventId)).first()).map(ChainEntry::fromDocument);
    }

    @Override
    public void forEachEntry(Consumer<ChainEntry> action) {
        entries.find().batchSize(1_000).forEach(d -> action.accept(ChainEntry.fromDocument(d)));
    }

    Optional<ChainEntry> entry(long position) {
        return Optional.ofNullable(entries.find(eq("_id", position)).first()).map(ChainEntry::fromDocument);
    }

    /** How many entries the chain has, found by probing positions (exponential, then binary search). */
    long length() {
        if (entry(0).isEmpty()) {
            return 0;
        }
        long present = 0;
        long absent = 1;
        while (exists(absent)) {
            present = absent;
            absent *= 2;
        }
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            if (exists(middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return present + 1;
    }

    boolean exists(long position) {
        return entries.find(eq("_id", position)).projection(new Document("_id", 1)).first() != null;
    }

    private Map<Long, ChainEntry> byKey(String key, Collection<Long> values) {
        Map<Long, ChainEntry> found = new HashMap<>();
        if (!values.isEmpty()) {
            entries.find(in(key, values)).forEach(d -> {
                ChainEntry entry = ChainEntry.fromDocument(d);
                found.put(entry.position(), entry);
            });
        }
        return found;
    }
}
