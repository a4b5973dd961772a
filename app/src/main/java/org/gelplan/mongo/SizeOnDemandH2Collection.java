package org.gelplan.mongo;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 collection that works out its data size when asked ({@code collStats}, {@code validate}) instead of
 * keeping it up to date on every write.
 *
 * <p>mongo-java-server keeps a running total: every insert and delete encodes the whole document to BSON once
 * more only to measure it, every update encodes the old and the new version, and each of them rewrites the
 * collection's meta map, one more page in the next commit. That was a tenth of the server's CPU time while API
 * commands ran (BENCHMARKS.md, session 7). Nothing in GEL Plan reads the size but an operator's
 * {@code collStats}, which now encodes the collection's documents once, as MongoDB's own estimate would read
 * them. The total the file holds from before is left as it was and no longer read.
 */
class SizeOnDemandH2Collection extends H2Collection {

    private final MVMap<Object, Document> documents;

    SizeOnDemandH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                             MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
        this.documents = dataMap;
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected int getDataSize() {
        if (documents == null) {
            // the super constructor logs the stored total before this class's field is set
            return super.getDataSize();
        }
        long size = 0;
        for (Document document : documents.values()) {
            size += BsonDocumentType.INSTANCE.encodedSize(document);
        }
        return (int) Math.min(size, Integer.MAX_VALUE);
    }
}
