package org.gelplan.shadow;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A throw-away read-model store: an in-process MongoDB wire server in memory, reached through the ordinary
 * driver with the application's mapping and conversions, so the handlers write exactly what they write live.
 * Nothing else knows its address; closing it discards every shadow collection.
 */
final class ShadowStore implements AutoCloseable {

    private static final String DATABASE = "gelplan-shadow";

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate template;
    private final MongoRepositoryFactory repositories;

    private ShadowStore(MongoServer server, MongoClient client, MongoTemplate template) {
        this.server = server;
        this.client = client;
        this.template = template;
        this.repositories = new MongoRepositoryFactory(template);
    }

    static ShadowStore open(MongoConverter live) {
        MongoServer server = new MongoServer(H2Backend.inMemory());
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        var databases = new SimpleMongoClientDatabaseFactory(client, DATABASE);
        var converter = new MappingMongoConverter(new DefaultDbRefResolver(databases), live.getMappingContext());
        converter.setCustomConversions(live.getCustomConversions());
        converter.setCodecRegistryProvider(databases);
        converter.afterPropertiesSet();
        return new ShadowStore(server, client, new MongoTemplate(databases, converter));
    }

    MongoTemplate template() {
        return template;
    }

    /** Package-private repository interfaces can only be proxied from their own class loader, not a request thread's. */
    Object repository(Class<?> type) {
        repositories.setBeanClassLoader(type.getClassLoader());
        return repositories.getRepository(type);
    }

    Set<String> collections() {
        TreeSet<String> names = new TreeSet<>(template.getCollectionNames());
        names.removeIf(name -> name.startsWith("system."));
        return names;
    }

    List<Document> documents(String collection) {
        return template.getCollection(collection).find().into(new ArrayList<>());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
