package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded store's page cache (ADR 0002, session-11 addendum): a sixteenth of the heap unless configured,
 * never below MVStore's 16 MB, and at most 256 MB by default.
 */
class EmbeddedStoreCacheTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dataDir;

    @Test
    void theDefaultIsASixteenthOfTheHeapBetween16And256Megabytes() {
        assertThat(EmbeddedStoreFile.defaultCacheMegabytes(1024 * MB)).isEqualTo(64);
        assertThat(EmbeddedStoreFile.defaultCacheMegabytes(2048 * MB)).isEqualTo(128);
        assertThat(EmbeddedStoreFile.defaultCacheMegabytes(128 * MB)).isEqualTo(16);
        assertThat(EmbeddedStoreFile.defaultCacheMegabytes(6 * 1024 * MB)).isEqualTo(256);
    }

    @Test
    void theStoreIsOpenedWithTheCacheItWasGiven() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0, Set.of(), 48)) {
            assertThat(server.pageCacheMegabytes()).isEqualTo(48);
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0)) {
            assertThat(server.pageCacheMegabytes()).isEqualTo(EmbeddedMongoServer.defaultCacheMegabytes());
        }
    }

    @Test
    void theApplicationTakesTheConfiguredCache() {
        try (ConfigurableApplicationContext context = start("--gelplan.embedded-mongo-cache-mb=40")) {
            assertThat(context.getBean(EmbeddedMongoServer.class).pageCacheMegabytes()).isEqualTo(40);
        }
    }

    @Test
    void aCacheBelowMVStoresMinimumStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> start("--gelplan.embedded-mongo-cache-mb=8").close())
            .hasStackTraceContaining("gelplan.embedded-mongo-cache-mb must be at least 16 (MB), not 8");
        assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDir, 0, Set.of(), 8))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private ConfigurableApplicationContext start(String cache) {
        return new SpringApplicationBuilder(MongoOnlyApplication.class)
            .web(WebApplicationType.NONE)
            .run("--gelplan.data-dir=" + dataDir, "--gelplan.embedded-mongo-port=0", cache);
    }
}
