package org.gelplan.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Which encoding a store file keeps its documents in, recorded in the file itself. New files use
 * BSON; a file written before that (Java serialization, H2's default) keeps its encoding, since
 * MVStore does not record a map's value type and reading one with the other would fail.
 */
enum DocumentFormat {
    JAVA_SERIALIZATION, BSON;

    static final String MARKER_MAP = "gelplan.format";
    private static final String DOCUMENTS = "documents";

    static DocumentFormat of(MVStore store) {
        MVMap<String, String> marker = store.openMap(MARKER_MAP);
        String recorded = marker.get(DOCUMENTS);
        if (recorded != null) {
            return valueOf(recorded);
        }
        boolean hasCollections = store.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
        DocumentFormat format = hasCollections ? JAVA_SERIALIZATION : BSON;
        marker.put(DOCUMENTS, format.name());
        return format;
    }
}
