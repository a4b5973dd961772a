package org.gelplan.mongo;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * H2's key type for the unique-index maps, in the same order, without serialising both keys at
 * every comparison.
 *
 * <p>An index key is a {@link KeyValue}, which H2 does not know and which is not {@code Comparable};
 * {@link ObjectDataType} then orders two keys by their Java-serialised bytes, serialising both again
 * for each step of every binary search. Profiling the benchmark showed that as the largest single
 * CPU cost of the store (about a quarter of all samples). This type compares the same bytes, so the
 * order of the maps already in a file is unchanged, but keeps the bytes of recently compared keys,
 * and writes keys from the same bytes.
 */
final class IndexKeyType extends ObjectDataType {

    /** Enough for the upper levels of every index's tree; the cache is emptied when it is full. */
    private static final int MAX_CACHED = 65_536;

    /** {@code ObjectDataType}'s tag for a Java-serialised value (its private {@code TYPE_SERIALIZED_OBJECT}). */
    static final byte SERIALIZED_OBJECT = 19;

    private final Map<KeyValue, byte[]> serialized = new ConcurrentHashMap<>();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            return a == b ? 0 : compareNotNull(bytes(first), bytes(second));
        }
        return super.compare(a, b);
    }

    /**
     * Writes a key as {@link ObjectDataType} does (its serialised-object tag, the length, the bytes),
     * from the bytes kept for comparing: every commit writes each changed index page whole, and
     * serialising every key of those pages again was a third of the committer's time in the benchmark.
     */
    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (key instanceof KeyValue keyValue && immutable(keyValue)) {
            byte[] bytes = bytes(keyValue);
            buffer.put(SERIALIZED_OBJECT).putVarInt(bytes.length).put(bytes);
        } else {
            super.write(buffer, key);
        }
    }

    private byte[] bytes(KeyValue key) {
        if (!immutable(key)) {
            return serialize(key);
        }
        byte[] bytes = serialized.get(key);
        if (bytes == null) {
            if (serialized.size() >= MAX_CACHED) {
                serialized.clear();
            }
            bytes = serialize(key);
            serialized.put(key, bytes);
        }
        return bytes;
    }

    // A key holding a document or a list could change under the cache; such keys are rare here.
    private static boolean immutable(KeyValue key) {
        for (Object value : key) {
            if (!(value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof ObjectId || value instanceof UUID)) {
                return false;
            }
        }
        return true;
    }
}
