package org.gelplan.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The collections of the event store and the only indexes its queries rely on.
 *
 * <p>Every query of the engine is an equality or {@code $in} on one of these unique single-field
 * indexes, because the embedded wire-protocol server ignores non-unique indexes and uses a unique
 * one only for equality or {@code $in} on exactly its key (see docs/adr/0001-event-store.md).
 */
public record EventStoreCollections(MongoCollection<Document> commits,
                                    MongoCollection<Document> snapshots,
                                    MongoCollection<Document> counters) {

    public static final String COMMITS = "eventcommits";
    public static final String SNAPSHOTS = "snapshots";
    public static final String COUNTERS = "eventcounters";

    /** Unique multikey: one entry per event, {@code aggregateId#sequence}. */
    static final String SEQUENCE_KEYS = "sequenceKeys";
    /** Unique multikey: the global indexes of the commit's events. */
    static final String GLOBAL_INDEXES = "globalIndexes";
    static final String GLOBAL_INDEX_INDEX = "unique_global_index";

    public static EventStoreCollections in(MongoDatabase database) {
        var collections = new EventStoreCollections(database.getCollection(COMMITS),
                database.getCollection(SNAPSHOTS), database.getCollection(COUNTERS));
        collections.ensureIndexes();
        return collections;
    }

    private void ensureIndexes() {
        var unique = new IndexOptions().unique(true);
        commits.createIndex(Indexes.ascending(SEQUENCE_KEYS), unique.name("unique_aggregate_sequence"));
        commits.createIndex(Indexes.ascending(GLOBAL_INDEXES), new IndexOptions().unique(true).name(GLOBAL_INDEX_INDEX));
    }
}
