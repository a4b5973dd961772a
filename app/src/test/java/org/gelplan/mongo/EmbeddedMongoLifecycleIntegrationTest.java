package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

class EmbeddedMongoLifecycleIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void closingTheContextClosesTheStoreCleanlyAndARestartFindsTheData() {
        try (ConfigurableApplicationContext context = start()) {
            context.getBean(MongoTemplate.class).insert(new Document("plan", "mocoa"), "plans");
        }
        assertThat(StoreFileInspection.closedCleanly(EmbeddedStoreFile.in(dataDir))).isTrue();

        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(MongoTemplate.class).getCollection("plans").countDocuments()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(MongoOnlyApplication.class)
            .web(WebApplicationType.NONE)
            .run("--gelplan.data-dir=" + dataDir, "--gelplan.embedded-mongo-port=0");
    }
}
