package org.gelplan.mongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the application keeps its data.
 *
 * @param dataDir           directory of the embedded store file {@code gelplan.mv}
 *                          ({@code GEL_DATA_DIR}, default {@code ./data})
 * @param embeddedMongoPort port of the embedded server on 127.0.0.1, 0 for any free port
 *                          ({@code GEL_EMBEDDED_MONGO_PORT}, default 27017)
 * @param mongodbUri        a real MongoDB to use instead of the embedded one ({@code MONGODB_URI});
 *                          blank means embedded
 * @param embeddedMongoCacheMb the embedded store's page cache in MB, at least 16
 *                          ({@code GELPLAN_EMBEDDED_MONGO_CACHE_MB}); unset, a sixteenth of the heap, 16 to 256
 */
@ConfigurationProperties("gelplan")
public record MongoConnectionProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("27017") int embeddedMongoPort,
    String mongodbUri,
    Integer embeddedMongoCacheMb) {

    /** The database used in embedded mode, and in external mode when the URI names none. */
    public static final String DATABASE = "gelplan";

    public MongoConnectionProperties {
        if (embeddedMongoCacheMb != null) {
            EmbeddedStoreFile.requireCacheMegabytes(embeddedMongoCacheMb);
        }
    }

    static final String MONGODB_URI_PROPERTY = "gelplan.mongodb-uri";

    /** The configured page cache of the embedded store, or the default for this JVM's heap. */
    int embeddedCacheMegabytes() {
        return embeddedMongoCacheMb != null ? embeddedMongoCacheMb : EmbeddedMongoServer.defaultCacheMegabytes();
    }
}
