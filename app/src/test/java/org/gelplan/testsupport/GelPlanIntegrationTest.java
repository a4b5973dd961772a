package org.gelplan.testsupport;

import org.gelplan.axon.ProjectionCatchUp;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a random HTTP port, with the embedded store on a random port and a
 * fresh data directory, in demo mode (Mocoa's plan adopted, demo users). Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gelplan.embedded-mongo-port=0", "gelplan.demo.enabled=true",
                "gelplan.axon.read-your-writes=30s"})
public abstract class GelPlanIntegrationTest {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    private ProjectionCatchUp projections;

    /**
     * The demo plan is adopted as the context starts; its read models must be there before a test reads them.
     * Read-your-writes also waits for segments that show no status yet, just after the start (session 12).
     */
    @BeforeEach
    void awaitProjections() {
        assertThat(projections.awaitHead(Duration.ofSeconds(30))).as("projections caught up").isTrue();
    }

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        try {
            String dir = Files.createTempDirectory("gelplan-it").toString();
            registry.add("gelplan.data-dir", () -> dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user);
    }

    protected long storedCommits() {
        return mongo.getCollection("eventcommits").countDocuments();
    }

    /** The ids ({@code aggregateId#firstSequence}) of every stored commit. */
    protected java.util.Set<String> storedCommitIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        mongo.getCollection("eventcommits").find().projection(new org.bson.Document("_id", 1))
                .forEach(commit -> ids.add(commit.getString("_id")));
        return ids;
    }
}
