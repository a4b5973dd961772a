package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.data.mongo.MongoHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoClient;

@SpringBootTest(classes = MongoOnlyApplication.class, properties = "gelplan.embedded-mongo-port=0")
class EmbeddedMongoIntegrationTest {

    @DynamicPropertySource
    static void temporaryDataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("gelplan-embedded-it");
        registry.add("gelplan.data-dir", dataDir::toString);
    }

    @Autowired
    EmbeddedMongoServer server;

    @Autowired
    MongoClient mongoClient;

    @Autowired
    MongoTemplate mongoTemplate;

    @Autowired
    MongoConnectionDetails connectionDetails;

    @Test
    void bootsMongoClientUsesTheEmbeddedServerAndTheGelplanDatabase() {
        assertThat(mongoClient.getClusterDescription().getClusterSettings().getHosts())
            .singleElement()
            .satisfies(host -> assertThat(host.getPort()).isEqualTo(server.address().getPort()));
        assertThat(mongoTemplate.getDb().getName()).isEqualTo("gelplan");
        assertThat(connectionDetails.getConnectionString().getDatabase()).isEqualTo(MongoConnectionProperties.DATABASE);
    }

    @Test
    void actuatorsMongoHealthIsUp() {
        Health health = new MongoHealthIndicator(mongoTemplate).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("maxWireVersion", 8);
    }

    @Test
    void mongoTemplateWritesAreCommittedBeforeTheyReturn() {
        long commits = server.commits();
        mongoTemplate.insert(new Document("plan", "mocoa"), "plans");
        assertThat(server.commits()).isGreaterThan(commits);
        assertThat(mongoTemplate.getCollection("plans").countDocuments()).isEqualTo(1);
    }
}
