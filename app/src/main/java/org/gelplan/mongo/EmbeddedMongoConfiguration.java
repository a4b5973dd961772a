package org.gelplan.mongo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

/** Starts the embedded server before anything can ask for a MongoClient. */
@Configuration(proxyBeanMethods = false)
@Conditional(MongoMode.Embedded.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(MongoConnectionProperties properties,
            // a plug-in's or a test's own projections; the application's are in RebuildableWrites
            @Value("${gelplan.embedded-mongo-rebuildable-collections:}") Set<String> rebuildableCollections) {
        int cacheMegabytes = properties.embeddedCacheMegabytes();
        EmbeddedMongoServer server = EmbeddedMongoServer.start(properties.dataDir(), properties.embeddedMongoPort(),
            rebuildableCollections, cacheMegabytes);
        log.info("Embedded MongoDB on {} stores its data in {} with a {} MB page cache; set MONGODB_URI to use a "
            + "real MongoDB instead", server.connectionString(MongoConnectionProperties.DATABASE),
            server.file().toAbsolutePath(), cacheMegabytes);
        return server;
    }

    // Boot's MongoClient is built from these details, so it cannot exist before the server does.
    @Bean
    MongoConnectionDetails mongoConnectionDetails(EmbeddedMongoServer server) {
        ConnectionString connectionString = server.connectionString(MongoConnectionProperties.DATABASE);
        return () -> connectionString;
    }
}
