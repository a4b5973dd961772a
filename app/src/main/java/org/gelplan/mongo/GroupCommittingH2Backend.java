package org.gelplan.mongo;

import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * An H2 backend that acknowledges a write only once a commit covering it is in the file and
 * flushed to the disk.
 *
 * <p>Every client command reaches {@link #handleCommand}: OP_MSG through {@code handleMessage},
 * and legacy OP_QUERY commands on {@code $cmd} directly (1.47.0 accepts no other write opcode).
 * The server writes the reply after this method returns, so waiting here holds the reply back.
 * The wait blocks a Netty event-loop thread; {@link EmbeddedMongoServer} binds enough of them.
 */
final class GroupCommittingH2Backend extends H2Backend {

    /** A rebuildable write reaches the file within this, unless a waiting writer's commit takes it sooner. */
    private static final long REBUILDABLE_COMMIT_DELAY_MILLIS = 1_000;

    private final GroupCommit groupCommit;
    private final RebuildableWrites rebuildable;
    /** Whether the store keeps the stock collections, which change stored documents in place (the older format). */
    private final boolean documentsChangeInPlace;
    private final StoreHousekeeping housekeeping;
    private final ReadWriteLock locks = new ReentrantReadWriteLock();

    /** @param rebuildableCollections collections beyond {@link RebuildableWrites#COLLECTIONS} whose writes need not wait */
    GroupCommittingH2Backend(MVStore mvStore, Set<String> rebuildableCollections) {
        super(mvStore);
        this.documentsChangeInPlace = DocumentFormat.of(mvStore) != DocumentFormat.BSON;
        this.rebuildable = new RebuildableWrites(rebuildableCollections);
        this.housekeeping = new StoreHousekeeping(mvStore);
        // housekeeping runs after the writers are released, so it delays only the next batch
        this.groupCommit = new GroupCommit("embedded-mongo-committer", this::commitToDisk, housekeeping::afterCommit);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("hello")) {
            return hello(channel, databaseName, query);
        }
        if (ReadOnlyCommands.isReadOnly(command, query)) {
            return isolated(locks.readLock(), channel, databaseName, command, query);
        }
        if (CounterWrites.isCounterUpdate(command, query) || IdempotencyClaims.answersAtOnce(command, query)) {
            return isolated(locks.writeLock(), channel, databaseName, command, query);
        }
        if (rebuildable.isRebuildable(command, query)) {
            try {
                return isolated(locks.writeLock(), channel, databaseName, command, query);
            } finally {
                groupCommit.requestCommitWithin(REBUILDABLE_COMMIT_DELAY_MILLIS);
            }
        }
        try {
            return isolated(locks.writeLock(), channel, databaseName, command, query);
        } finally {
            // also after a failed command: an ordered bulk write may have applied part of its batch
            groupCommit.awaitCommit();
        }
    }

    // mongo-java-server runs commands on several event-loop threads without locking a collection, so
    // writes run one at a time and never beside a read. Its replies share document instances with the
    // store; the BSON store's collections never change a stored document in place
    // (CopyOnUpdateH2Collection), but a store in the older format has the stock collections, which do,
    // while Netty may still be encoding the reply: a findAndModify $inc could answer another caller's
    // value. There every reply is a deep copy taken under the lock. The wait for the group commit stays
    // outside, so commits still batch.
    private Document isolated(Lock lock, Channel channel, String databaseName, String command, Document query) {
        lock.lock();
        try {
            Document reply = handlePinningVersion(channel, databaseName, command, query);
            return documentsChangeInPlace ? reply.cloneDeeply() : reply;
        } finally {
            lock.unlock();
        }
    }

    // Also called from the super constructor for the databases already in the file.
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return DocumentFormat.of(getMvStore()) == DocumentFormat.BSON
            ? BsonH2Database.open(databaseName, getMvStore(), getCursorRegistry())
            : super.openOrCreateDatabase(databaseName);
    }

    /** A ticket for every write applied so far, for {@link #awaitCommitted}. */
    long commitTicket() {
        return groupCommit.ticket();
    }

    /** Blocks until a commit covering the writes applied before {@code ticket} was taken has completed. */
    void awaitCommitted(long ticket) {
        groupCommit.awaitCommitted(ticket);
    }

    /** Commits run so far and the time they took; exposed for tests and measurements. */
    CommitStatistics commitStatistics() {
        return groupCommit.statistics();
    }

    @Override
    public void close() {
        groupCommit.close();
        super.close();
    }

    // Housekeeping rewrites pages that a running scan may still reach through an older root; the
    // pinned version keeps their chunks from being reused until the command is done.
    private Document handlePinningVersion(Channel channel, String databaseName, String command, Document query) {
        MVStore.TxCounter pinned = getMvStore().registerVersionUsage();
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            getMvStore().deregisterVersionUsage(pinned);
        }
    }

    // 1.47.0 knows only the legacy isMaster; drivers fall back to it, but Actuator's Mongo health
    // check sends {hello: 1} and would report the embedded store DOWN.
    private Document hello(Channel channel, String databaseName, Document query) {
        Document isMaster = super.handleCommand(channel, databaseName, "ismaster", query);
        Document hello = new Document("isWritablePrimary", isMaster.remove("ismaster"));
        hello.putAll(isMaster);
        return hello;
    }

    // MVStore captures each map's root separately while it commits; holding off writes (reads may
    // go on) makes every commit contain whole commands, so a document never reaches the file
    // without its unique-index entries or the reverse.
    private void commitToDisk() {
        locks.readLock().lock();
        try {
            commit();
        } finally {
            locks.readLock().unlock();
        }
        getMvStore().sync();
    }
}
