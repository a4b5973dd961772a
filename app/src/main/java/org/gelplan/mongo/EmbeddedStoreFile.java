package org.gelplan.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/** Opens the H2 MVStore file behind the embedded server, tuned for group commit. */
final class EmbeddedStoreFile {

    static final String FILE_NAME = "gelplan.mv";

    private EmbeddedStoreFile() {
    }

    static Path in(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** MVStore's own default page cache, and the least this store opens with. */
    static final int MIN_CACHE_MB = 16;
    static final int MAX_DEFAULT_CACHE_MB = 256;

    /**
     * MVStore's page cache when none is configured: a sixteenth of the heap, at least 16 MB and at most 256 MB.
     * MVStore counts a page's memory by its own estimate (for documents, twice their BSON size and an overhead),
     * not by what the page holds on the heap (ADR 0002, session-11 addendum).
     */
    /** {@code megabytes}, if MVStore can open a store with that page cache. */
    static int requireCacheMegabytes(int megabytes) {
        if (megabytes < MIN_CACHE_MB) {
            throw new IllegalArgumentException("gelplan.embedded-mongo-cache-mb must be at least " + MIN_CACHE_MB
                + " (MB), not " + megabytes);
        }
        return megabytes;
    }

    static int defaultCacheMegabytes(long maxHeapBytes) {
        long sixteenth = maxHeapBytes / 16 / (1024 * 1024);
        return (int) Math.max(MIN_CACHE_MB, Math.min(MAX_DEFAULT_CACHE_MB, sixteenth));
    }

    static MVStore open(Path file, int cacheMegabytes) {
        createParentDirectory(file);
        try {
            MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                // no background thread, and no commit from a writing thread when unsaved data piles
                // up (it would capture its own command half done): only the group committer commits
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .compress()
                // a store of 100,000 events outgrows MVStore's 16 MB: every full read then decoded its
                // pages (and their Java-serialised index keys) again from the file
                .cacheSize(cacheMegabytes)
                .open();
            StoreHousekeeping.configure(store);
            return store;
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new MongoUnavailableException(
                    "The embedded MongoDB store " + file.toAbsolutePath() + " is locked by another process.",
                    "Stop the other GEL Plan instance, or give this one its own GEL_DATA_DIR.", e);
            }
            throw e;
        }
    }

    private static void createParentDirectory(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory for " + file, e);
        }
    }
}
