package org.gelplan.axon;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A processor's segments as the token store holds them, read without claiming any (Axon's
 * {@code TokenStore.fetchToken} would take the segment from its owner): what each segment's owner, on any
 * node, has handled and stored. Read-your-writes asks this for the segments it cannot observe on this node
 * ({@link ProjectionCatchUp}). A read is shared by every caller for {@link #FRESH_FOR}, so that requests
 * waiting together cost the store one read per processor and interval, not one per request and poll.
 */
@Component
class StoredTokens {

    /** How long the token store lets a claim stand without an extension ({@link EventStoreConfiguration}). */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    static final Duration FRESH_FOR = Duration.ofMillis(3);

    // the Mongo token store's fields; it stamps a claim in epoch milliseconds
    private static final String PROCESSOR_NAME = "processorName";
    private static final String SEGMENT = "segment";
    private static final String TOKEN = "token";
    private static final String TOKEN_TYPE = "tokenType";
    private static final String TIMESTAMP = "timestamp";
    private static final String OWNER = "owner";

    private final MongoTemplate axonMongo;
    private final Serializer serializer;
    private final Map<String, Read> recent = new ConcurrentHashMap<>();

    StoredTokens(MongoTemplate axonMongoTemplate, Serializer serializer) {
        this.axonMongo = axonMongoTemplate;
        this.serializer = serializer;
    }

    /** Segment id → its stored state, for every segment of the processor; empty before its tokens exist. */
    Map<Integer, StoredSegment> of(String processorName) {
        long now = System.nanoTime();
        Read read = recent.get(processorName);
        if (read == null || now - read.nanoTime() > FRESH_FOR.toNanos()) {
            read = new Read(now, readSegments(processorName));
            recent.put(processorName, read);
        }
        return read.segments();
    }

    /**
     * @param token     what the segment's owner stored last (null before its first event)
     * @param claimLive whether some node is expected to go on handling it: its claim (or release) is younger
     *                  than the claim timeout; an owner that stopped extending it is presumed gone
     */
    record StoredSegment(TrackingToken token, boolean claimLive) {
    }

    private record Read(long nanoTime, Map<Integer, StoredSegment> segments) {
    }

    // the name is a processing group's, fixed in code; it is a value of the filter, never an operator
    private Map<Integer, StoredSegment> readSegments(String processorName) {
        // the token store stamps claims with the wall clock, as the nodes' heartbeats (ADR 0016)
        Instant liveAfter = Instant.now().minus(CLAIM_TIMEOUT);
        Map<Integer, StoredSegment> segments = new TreeMap<>();
        for (Document document : axonMongo.trackingTokensCollection().find(Filters.eq(PROCESSOR_NAME, processorName))) {
            Binary token = document.get(TOKEN, Binary.class);
            Instant stamped = Instant.ofEpochMilli(document.getLong(TIMESTAMP));
            GenericTokenEntry<byte[]> entry = new GenericTokenEntry<>(token == null ? null : token.getData(),
                    document.getString(TOKEN_TYPE), stamped.toString(), document.getString(OWNER), processorName,
                    document.getInteger(SEGMENT), byte[].class);
            segments.put(entry.getSegment(), new StoredSegment(entry.getToken(serializer), stamped.isAfter(liveAfter)));
        }
        return Map.copyOf(segments);
    }
}
