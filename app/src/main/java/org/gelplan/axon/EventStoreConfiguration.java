package org.gelplan.axon;

import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.eventstore.MongoCommitEventStorageEngine;
import org.gelplan.eventstore.MongoStoredEventLog;
import org.gelplan.reporting.api.StoredEventLog;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Wires our own event storage engine plus the Mongo extension's token and saga stores (its Spring
 * Boot auto-configuration is not available, so the beans are declared here).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabaseFactory databases,
                                          @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon, AxonProperties properties,
                                          RequestEvents requestEvents) {
        return MongoCommitEventStorageEngine.builder()
                .collections(EventStoreCollections.in(databases.getMongoDatabase()))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .gapTimeout(properties.gapTimeout())
                .appendListener(requestEvents)
                .build();
    }

    /** The stored events as the audit chain reads them. */
    @Bean
    StoredEventLog storedEventLog(MongoDatabaseFactory databases) {
        return new MongoStoredEventLog(EventStoreCollections.in(databases.getMongoDatabase()));
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabaseFactory databases) {
        return DefaultMongoTemplate.builder().mongoDatabase(databases.getMongoDatabase()).build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, NodeId nodeId) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer)
                .nodeId(nodeId.value()).claimTimeout(StoredTokens.CLAIM_TIMEOUT).build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    /**
     * Aggregates name it in {@code @Aggregate(snapshotTriggerDefinition = "snapshotTrigger")}: a snapshot after
     * {@code snapshot-every} events, or after a quarter of the aggregate's events if that is more.
     */
    @Bean
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, AxonProperties properties) {
        return new ProportionalSnapshotTriggerDefinition(snapshotter, properties.snapshotEvery(), SNAPSHOT_SHARE_DIVISOR);
    }

    /** A snapshot once the events since the last are at least a quarter of all (ADR 0017, session 11). */
    static final int SNAPSHOT_SHARE_DIVISOR = 4;
}
