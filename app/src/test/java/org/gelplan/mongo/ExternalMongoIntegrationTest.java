package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;

@ExtendWith(OutputCaptureExtension.class)
class ExternalMongoIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void failsFastWithAnActionableMessageWhenTheMongoIsUnreachable(CapturedOutput output) {
        Instant start = Instant.now();
        assertThatThrownBy(() -> start("mongodb://127.0.0.1:1"))
            .satisfies(failure -> assertThat(findUnavailable(failure)).hasMessageContaining(
                "Cannot reach the MongoDB at mongodb://127.0.0.1:1/gelplan (MONGODB_URI): 127.0.0.1:1 Connection refused"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(output).contains("APPLICATION FAILED TO START", "Action:", "correct MONGODB_URI");
    }

    @Test
    void usesTheUriWithMajorityWritesAndReadsAndStartsNothingEmbedded() {
        try (EmbeddedMongoServer standIn = EmbeddedMongoServer.start(dataDir, 0);
             ConfigurableApplicationContext context = start("mongodb://127.0.0.1:" + standIn.address().getPort())) {
            assertThat(context.getBeansOfType(EmbeddedMongoServer.class)).isEmpty();
            MongoTemplate template = context.getBean(MongoTemplate.class);
            assertThat(template.getDb().getName()).isEqualTo("gelplan");
            assertThat(template.getDb().getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
            assertThat(template.getDb().getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
            template.insert(new Document("plan", "mocoa"), "plans");
            assertThat(template.getCollection("plans").countDocuments()).isEqualTo(1);

            MongoClientSettings.Builder settings = MongoClientSettings.builder();
            context.getBeanProvider(MongoClientSettingsBuilderCustomizer.class).orderedStream()
                .forEach(customizer -> customizer.customize(settings));
            assertThat(settings.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(3);
        }
    }

    private static MongoUnavailableException findUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoUnavailableException unavailable) {
                return unavailable;
            }
        }
        throw new AssertionError("no MongoUnavailableException in", failure);
    }

    // MONGODB_URI as an argument stands in for the environment variable: application.yml maps either
    private ConfigurableApplicationContext start(String mongodbUri) {
        return new SpringApplicationBuilder(MongoOnlyApplication.class)
            .web(WebApplicationType.NONE)
            .run("--MONGODB_URI=" + mongodbUri, "--gelplan.data-dir=" + dataDir);
    }
}
