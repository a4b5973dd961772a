package org.gelplan.mongo;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.mongodb.ConnectionString;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;

/**
 * Uses the MongoDB of {@code MONGODB_URI}: write and read concern majority (a read never sees a write
 * that a replica-set failover can roll back, docs/adr/0016-scale-out.md) and bounded timeouts (server
 * selection and connect 3 s, socket reads 15 s) unless the URI says otherwise, so that an outage
 * answers 503 quickly instead of hanging (docs/adr/0012); and a ping as soon as the client exists,
 * so that an unreachable server stops start-up.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MongoMode.External.class)
class ExternalMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalMongoConfiguration.class);
    static final int TIMEOUT_SECONDS = 3;
    /** Far above any single read or write of ours (a full-collection scan, a group commit), far below a client's patience. */
    static final int READ_TIMEOUT_SECONDS = 15;

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoConnectionProperties properties) {
        ConnectionString connectionString = ExternalMongoUri.parse(properties.mongodbUri());
        log.info("Using the MongoDB at {} (MONGODB_URI)", ExternalMongoUri.redacted(connectionString));
        return () -> connectionString;
    }

    @Bean
    MongoClientSettingsBuilderCustomizer majorityWritesAndReadsAndShortTimeouts(MongoConnectionDetails details) {
        ConnectionString uri = details.getConnectionString();
        return settings -> {
            if (uri.getWriteConcern() == null) {
                settings.writeConcern(WriteConcern.MAJORITY);
            }
            if (uri.getReadConcern() == null) {
                settings.readConcern(ReadConcern.MAJORITY);
            }
            if (uri.getServerSelectionTimeout() == null) {
                settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            if (uri.getConnectTimeout() == null) {
                settings.applyToSocketSettings(socket -> socket.connectTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            // The driver's default read timeout is none at all: a server that stops answering would hang requests.
            if (uri.getSocketTimeout() == null) {
                settings.applyToSocketSettings(socket -> socket.readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
        };
    }

    // static: a BeanPostProcessor must exist before the beans it processes
    @Bean
    static MongoStartupPing mongoStartupPing(Environment environment) {
        return new MongoStartupPing(environment);
    }
}
