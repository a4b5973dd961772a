package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.backend.KeyValue;

class IndexKeyTypeTest {

    @TempDir
    Path dataDir;

    @Test
    void ordersKeysExactlyAsH2DoesSoExistingIndexMapsStayValid() {
        Random random = new Random(42);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(switch (i % 3) {
                case 0 -> new KeyValue(random.nextLong());
                case 1 -> new KeyValue("agg-" + random.nextInt(1000) + "#" + random.nextInt(50));
                default -> new KeyValue(random.nextInt(100), "x" + random.nextInt(100));
            });
        }
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyType cached = new IndexKeyType();
        for (KeyValue a : keys) {
            for (KeyValue b : keys.subList(0, 60)) {
                assertThat(Integer.signum(cached.compare(a, b))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }

    @Test
    void ordersOneValueKeysFromTheirValuesExactlyAsTheirBytesOrderThem() {
        Random random = new Random(7);
        List<KeyValue> keys = new ArrayList<>();
        for (double value : new double[] {0.0, -0.0, 1.0, -1.0, 127.0, 128.0, 255.0, 256.0, 1e15, -1e15,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            keys.add(new KeyValue(value));
        }
        for (long value : new long[] {0L, -1L, 127L, 128L, 255L, 256L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            keys.add(new KeyValue(value));
        }
        for (String value : List.of("", "a", "b", "ab", "ba", "agg-1#0", "agg-1#10", "agg-10#0", "Z", "~",
            "ñandú", "a\u0000b", "\u20ac", "zz")) {
            keys.add(new KeyValue(value));
        }
        for (int i = 0; i < 200; i++) {
            keys.add(switch (i % 4) {
                case 0 -> new KeyValue((double) random.nextInt(2_000_000));
                case 1 -> new KeyValue(random.nextDouble() * 1e6 - 5e5);
                case 2 -> new KeyValue(random.nextLong());
                default -> new KeyValue(Long.toString(random.nextLong(), 36 - random.nextInt(20)) + "#" + random.nextInt(300));
            });
        }
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyType quick = new IndexKeyType();
        int answered = 0;
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                if (IndexKeyType.compareSingleValues(a, b) != IndexKeyType.UNKNOWN) {
                    answered++;
                }
                assertThat(Integer.signum(quick.compare(a, b))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
        assertThat(answered).as("pairs ordered from their values").isGreaterThan(keys.size() * keys.size() / 4);
    }

    @Test
    void writesKeysToTheFileByteForByteAsH2DoesAndReadsThemBack() {
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyType cached = new IndexKeyType();
        List<Object> keys = List.of(new KeyValue("agg-7#12"), new KeyValue(12_345_678_901L), new KeyValue(3, "x"),
            new KeyValue(new Document("nested", 1)), "a plain string", 42L);
        for (Object key : keys) {
            cached.compare(key, key);
            WriteBuffer ours = new WriteBuffer();
            WriteBuffer theirs = new WriteBuffer();
            cached.write(ours, key);
            cached.write(ours, key);
            h2.write(theirs, key);
            h2.write(theirs, key);
            assertThat(bytes(ours)).as("%s", key).isEqualTo(bytes(theirs));
            ByteBuffer read = ByteBuffer.wrap(bytes(ours));
            assertThat(cached.read(read)).isEqualTo(key);
            assertThat(h2.read(read)).isEqualTo(key);
        }
    }

    @Test
    void aKeyReadFromAPageIsWrittenBackByteForByte() {
        ObjectDataType h2 = new ObjectDataType();
        for (Object key : List.of(new KeyValue("agg-7#12"), new KeyValue(12_345_678_901L), new KeyValue(3, "x"),
            new KeyValue(new Document("nested", 1)), "a plain string", 42L)) {
            WriteBuffer page = new WriteBuffer();
            h2.write(page, key);
            byte[] stored = bytes(page);
            IndexKeyType reading = new IndexKeyType();

            Object read = reading.read(ByteBuffer.wrap(stored));
            WriteBuffer rewritten = new WriteBuffer();
            reading.write(rewritten, read);

            assertThat(read).isEqualTo(key);
            assertThat(bytes(rewritten)).as("%s", key).isEqualTo(stored);
        }
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer written = buffer.getBuffer().flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    @Test
    void uniqueIndexesFindAndRefuseKeysAfterARestart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0); MongoClient client = client(server)) {
            MongoCollection<Document> commits = client.getDatabase("gelplan").getCollection("commits");
            commits.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true));
            for (long i = 0; i < 500; i++) {
                commits.insertOne(new Document("_id", i).append("keys", List.of("a-" + i, "b-" + i)));
            }
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0); MongoClient client = client(server)) {
            MongoCollection<Document> commits = client.getDatabase("gelplan").getCollection("commits");
            for (long i = 0; i < 500; i += 7) {
                Document found = commits.find(Filters.eq("keys", "b-" + i)).first();
                assertThat(found).as("key b-%d", i).isNotNull();
                assertThat(found.getLong("_id")).isEqualTo(i);
            }
            assertThatThrownBy(() -> commits.insertOne(new Document("_id", 1_000L).append("keys", List.of("a-250"))))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    private static MongoClient client(EmbeddedMongoServer server) {
        return MongoClients.create(server.connectionString("gelplan").getConnectionString());
    }
}
