package org.gelplan.mongo;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 database whose collections keep their documents as BSON ({@link BsonDocumentType}).
 *
 * <p>MVStore hands out an already open map whatever builder a later {@code openMap} names, so
 * opening a collection's data map here first, with the BSON type, is enough: the H2 backend's own
 * code then finds that map. The super constructor opens the existing collections before this
 * class's fields are set, so {@link GroupCommittingH2Backend} opens those maps before constructing it.
 * Unique-index maps are opened the same way with {@link IndexKeyType}. Its collections are
 * {@link CopyOnUpdateH2Collection}s (key lookups from the index, sizes on demand, stored documents never
 * changed in place); the store is handed to those the super constructor opens through
 * {@link #OPENING}, since this class's field is not set yet.
 */
final class BsonH2Database extends H2Database {

    /** AbstractMongoDatabase's NAMESPACES_COLLECTION_NAME and INDEXES_COLLECTION_NAME (private there). */
    private static final List<String> CATALOGUE = List.of("system.namespaces", "system.indexes");

    private static final String INDEX_INFIX = "._index_";
    /** H2Database's META_PREFIX (private there). */
    private static final String META_PREFIX = "meta.";

    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private BsonH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, openDataMaps(store, databaseName), cursors);
        this.store = store;
    }

    static BsonH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new BsonH2Database(databaseName, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore mvStore = store != null ? store : OPENING.get();
        return new CopyOnUpdateH2Collection(this, collectionName, options,
            openDataMap(mvStore, dataMapName(getDatabaseName(), collectionName)),
            mvStore.openMap(META_PREFIX + getFullCollectionNamespace(collectionName)), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        if (store != null) {
            openIndexMap(store, indexMapName(getDatabaseName(), collectionName, indexName));
        }
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    // The collections and indexes the super constructor opens: the server's own catalogue, and what it lists.
    private static MVStore openDataMaps(MVStore store, String databaseName) {
        String prefix = dataMapName(databaseName, "");
        store.getMapNames().stream()
            .filter(name -> name.startsWith(prefix))
            .forEach(name -> openDataMap(store, name));
        String indexPrefix = databaseName + ".";
        store.getMapNames().stream()
            .filter(name -> name.startsWith(indexPrefix) && name.contains(INDEX_INFIX))
            .forEach(name -> openIndexMap(store, name));
        CATALOGUE.forEach(collection -> openDataMap(store, dataMapName(databaseName, collection)));
        return store;
    }

    private static MVMap<Object, Document> openDataMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    private static void openIndexMap(MVStore store, String name) {
        store.openMap(name, new MVMap.Builder<Object, Object>().keyType(new IndexKeyType()));
    }

    // the collection's full name + "._index_" + the index's name, as H2Database.mapNameForIndex does
    static String indexMapName(String databaseName, String collectionName, String indexName) {
        return databaseName + "." + collectionName + INDEX_INFIX + indexName;
    }

    // H2Database.DATABASES_PREFIX + the collection's full name, as the H2 backend names its maps
    private static String dataMapName(String databaseName, String collectionName) {
        return "databases." + databaseName + "." + collectionName;
    }
}
