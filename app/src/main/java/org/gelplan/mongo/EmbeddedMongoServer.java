package org.gelplan.mongo;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;

/**
 * An in-process MongoDB wire-protocol server on an H2 file that acknowledges a write only after it
 * has been committed to the file, so an acknowledged write survives the process being killed.
 *
 * <p>Binds to 127.0.0.1 only; port 0 picks a free port, see {@link #address()}.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    /**
     * The {@code comment} that lets an idempotency record's completion answer before it is durable; its writer
     * then takes a {@link #commitTicket()} and must {@link #awaitCommitted} it before it acts on the write.
     */
    public static final String WRITER_AWAITS_COMMIT = IdempotencyClaims.WRITER_AWAITS_COMMIT;

    private static final String HOST = "127.0.0.1";
    // Replies to writes block their event-loop thread until the group commit; more loops let more
    // connections join one commit and keep reads on other connections moving meanwhile.
    private static final int EVENT_LOOP_THREADS = 16;

    private final MongoServer server;
    private final GroupCommittingH2Backend backend;
    private final Path file;

    private EmbeddedMongoServer(MongoServer server, GroupCommittingH2Backend backend, Path file) {
        this.server = server;
        this.backend = backend;
        this.file = file;
    }

    /** Opens (or creates) {@code gelplan.mv} in the data directory and starts listening. */
    public static EmbeddedMongoServer start(Path dataDir, int port) {
        return start(dataDir, port, Set.of());
    }

    /**
     * As {@link #start(Path, int)}, with more collections whose writes are acknowledged before they
     * are durable because they are rebuilt from the events (see {@code RebuildableWrites}).
     */
    public static EmbeddedMongoServer start(Path dataDir, int port, Set<String> rebuildableCollections) {
        return start(dataDir, port, rebuildableCollections, defaultCacheMegabytes());
    }

    /** As {@link #start(Path, int, Set)}, with a page cache of {@code cacheMegabytes} (at least 16). */
    public static EmbeddedMongoServer start(Path dataDir, int port, Set<String> rebuildableCollections,
            int cacheMegabytes) {
        Path file = EmbeddedStoreFile.in(dataDir);
        GroupCommittingH2Backend backend = new GroupCommittingH2Backend(
            EmbeddedStoreFile.open(file, EmbeddedStoreFile.requireCacheMegabytes(cacheMegabytes)), rebuildableCollections);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress(HOST, port), 1, EVENT_LOOP_THREADS);
        } catch (Exception e) {
            // bind() cleans up after runtime exceptions only, and Netty throws BindException sneakily;
            // shutting down also closes the backend, so the file is not left locked
            server.shutdownNow();
            if (e instanceof BindException) {
                throw new MongoUnavailableException(
                    "The embedded MongoDB server cannot listen on " + HOST + ":" + port + ": " + e.getMessage() + ".",
                    "Free the port (is a MongoDB already running there?), choose another with "
                        + "GEL_EMBEDDED_MONGO_PORT, or use that MongoDB by setting MONGODB_URI.", e);
            }
            throw e;
        }
        return new EmbeddedMongoServer(server, backend, file);
    }

    /** The page cache for this JVM's heap when none is configured: a sixteenth of it, from 16 to 256 MB. */
    public static int defaultCacheMegabytes() {
        return EmbeddedStoreFile.defaultCacheMegabytes(Runtime.getRuntime().maxMemory());
    }

    /** The address actually bound, with the real port when started on port 0. */
    public InetSocketAddress address() {
        return server.getLocalAddress();
    }

    public ConnectionString connectionString(String database) {
        return new ConnectionString("mongodb://" + HOST + ":" + address().getPort() + "/" + database);
    }

    public Path file() {
        return file;
    }

    /** The page cache the store file was opened with, in MB. */
    int pageCacheMegabytes() {
        return backend.getMvStore().getCacheSize();
    }

    long commits() {
        return backend.commitStatistics().commits();
    }

    /** A ticket for every write this server has answered so far. */
    public long commitTicket() {
        return backend.commitTicket();
    }

    /**
     * Blocks until a commit covering the writes answered before {@code ticket} was taken is in the file: at
     * once when one already is, since every commit holds all writes applied before it.
     */
    public void awaitCommitted(long ticket) {
        backend.awaitCommitted(ticket);
    }

    /** The group commits run so far and the time they took (commit and sync), for measurements. */
    public CommitStatistics commitStatistics() {
        return backend.commitStatistics();
    }

    /** Stops listening, lets running commands finish, commits and closes the file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
