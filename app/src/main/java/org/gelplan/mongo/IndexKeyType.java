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
 * and writes keys from the same bytes. Two one-value keys of a plain type (the global indexes, commit
 * ids, sequence keys) are ordered from their values alone, in the same order: a lookup no longer
 * serialises its key, nor hashes a key at every step of its search.
 */
final class IndexKeyType extends ObjectDataType {

    /** {@link #compareSingleValues}' answer when only the bytes can tell. */
    static final int UNKNOWN = Integer.MIN_VALUE;

    /** Enough for the upper levels of every index's tree; the cache is emptied when it is full. */
    private static final int MAX_CACHED = 65_536;

    /** {@code ObjectDataType}'s tag for a Java-serialised value (its private {@code TYPE_SERIALIZED_OBJECT}). */
    static final byte SERIALIZED_OBJECT = 19;

    private final Map<KeyValue, byte[]> serialized = new ConcurrentHashMap<>();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            if (a == b) {
                return 0;
            }
            int quick = compareSingleValues(first, second);
            return quick != UNKNOWN ? quick : compareNotNull(bytes(first), bytes(second));
        }
        return super.compare(a, b);
    }

    /**
     * The order of two one-value keys of the same plain type without their bytes, where the bytes' order is
     * known: both serialise the same up to the value, so the value's own bytes decide, compared unsigned as
     * {@link ObjectDataType#compareNotNull(byte[], byte[])} compares. A number (the server keeps integral
     * ones as doubles) is its eight big-endian bits; a string without NUL or non-ASCII characters is its
     * two-byte length, then its characters. Anything else is {@link #UNKNOWN}: compare the bytes.
     */
    static int compareSingleValues(KeyValue first, KeyValue second) {
        if (first.size() != 1 || second.size() != 1) {
            return UNKNOWN;
        }
        Object x = first.get(0);
        Object y = second.get(0);
        if (x instanceof Double d1 && y instanceof Double d2) {
            return Long.compareUnsigned(Double.doubleToLongBits(d1), Double.doubleToLongBits(d2));
        }
        if (x instanceof Long l1 && y instanceof Long l2) {
            return Long.compareUnsigned(l1, l2);
        }
        if (x instanceof String s1 && y instanceof String s2 && plainAscii(s1) && plainAscii(s2)) {
            return s1.length() != s2.length() ? Integer.compare(s1.length(), s2.length())
                : Integer.signum(s1.compareTo(s2));
        }
        return UNKNOWN;
    }

    // modified UTF-8 writes these one byte each, as themselves
    private static boolean plainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c >= 0x80) {
                return false;
            }
        }
        return true;
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
