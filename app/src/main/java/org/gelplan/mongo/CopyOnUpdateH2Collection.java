package org.gelplan.mongo;

import java.util.stream.StreamSupport;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * A collection whose stored documents never change once stored: an update changes a copy of the document and
 * stores the copy in its place.
 *
 * <p>mongo-java-server applies an update to the stored document itself ({@code AbstractMongoCollection.updateDocument})
 * and then stores it again. A reply or a cursor still holding that document, which Netty may be encoding on another
 * thread, could then send half of one version and half of the next, so {@link GroupCommittingH2Backend} copied every
 * reply, deep, under its lock: a fifth of the server's CPU in a rebuild, whose replies carry a thousand commits
 * (BENCHMARKS.md, session 7). Here only the documents an update or a findAndModify found are copied, before it
 * changes them, and every reply shares the stored documents safely, as MVStore's own readers do.
 */
final class CopyOnUpdateH2Collection extends KeyLookupH2Collection {

    /** Set while this thread runs an update or a findAndModify: the documents it finds are about to be changed. */
    private static final ThreadLocal<Boolean> UPDATING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    CopyOnUpdateH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                             MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
    }

    @Override
    public Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters, boolean isMulti,
                                    boolean isUpsert, Oplog oplog) {
        UPDATING.set(Boolean.TRUE);
        try {
            return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
        } finally {
            UPDATING.remove();
        }
    }

    @Override
    public Document findAndModify(Document query) {
        UPDATING.set(Boolean.TRUE);
        try {
            return super.findAndModify(query);
        } finally {
            UPDATING.remove();
        }
    }

    // findAndModify finds here; a find that falls through to the scan comes back through queryDocuments, so it is
    // copied once, here
    @Override
    public QueryResult handleQuery(QueryParameters parameters) {
        if (!UPDATING.get()) {
            return super.handleQuery(parameters);
        }
        UPDATING.set(Boolean.FALSE);
        try {
            return copies(super.handleQuery(parameters));
        } finally {
            UPDATING.set(Boolean.TRUE);
        }
    }

    // updates find here
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        QueryResult found = super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        return UPDATING.get() ? copies(found) : found;
    }

    // Lazily: a single update stops at its first match. Shallow: mongo-java-server builds the new version from
    // deep copies and then only removes and puts the found document's top-level fields, so its nested documents
    // and lists, still shared with the stored one, are never changed.
    private static QueryResult copies(QueryResult found) {
        Iterable<Document> copied = () -> StreamSupport.stream(found.spliterator(), false).map(Document::clone)
            .iterator();
        return new QueryResult(copied, found.getCursorId());
    }
}
