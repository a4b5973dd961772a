package org.gelplan.cli;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.mongo.MongoConnectionProperties;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code backup --file F [--mongodb-uri URI]} and {@code restore --file F --data-dir EMPTY_DIR}: the
 * store's records ({@link BackupCollections#RECORDS}: events, audit chain and checkpoints, evidence
 * files, managed users' credentials, idempotency records, sagas) to a gzipped file of canonical Extended
 * JSON lines and back into an empty embedded store. Read models, tokens and snapshots are left out: they
 * rebuild from the events on the first start after a restore. See docs/adr/0014.
 */
public final class BackupCommand {

    static final String FORMAT = "gelplan-backup";

    private BackupCommand() {
    }

    /** Runs the sub-command named by the first argument, if it is one of ours. @return whether it was */
    public static boolean dispatch(String[] args, PrintStream out) {
        if (args.length == 0 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            return false;
        }
        Map<String, String> options = options(args);
        try {
            if (args[0].equals("backup")) {
                Summary summary = backup(options.getOrDefault("--mongodb-uri", "mongodb://localhost:"
                        + System.getenv().getOrDefault("GEL_EMBEDDED_MONGO_PORT", "27017")), required(options, "--file"));
                summary.print(out, options.get("--file"));
            } else {
                long count = restore(required(options, "--file"), Path.of(required(options, "--data-dir")));
                out.println("Restored " + count + " documents into " + options.get("--data-dir")
                        + "; start the application on it and the read models rebuild from the events");
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            out.println(args[0] + " failed: " + e.getMessage());
            throw new IllegalStateException(e);
        }
        return true;
    }

    /**
     * What a backup wrote: documents per copied collection (in copy order), the collections left to be
     * rebuilt, and any collection the command did not know (copied, to be classified in {@link BackupCollections}).
     */
    public record Summary(Map<String, Long> copied, List<String> rebuilt, List<String> unclassified) {

        public long documents() {
            return copied.values().stream().mapToLong(Long::longValue).sum();
        }

        void print(PrintStream out, String file) {
            out.println("Backed up " + documents() + " documents to " + file);
            copied.forEach((name, count) -> out.println("  copied   " + name + ": " + count));
            rebuilt.forEach(name -> out.println("  rebuilt  " + name + " (" + BackupCollections.REBUILT.get(name) + ")"));
            unclassified.forEach(name -> out.println("  WARNING  " + name + " is not classified in BackupCollections: copied"));
        }
    }

    public static Summary backup(String mongodbUri, String file) throws IOException {
        try (MongoClient client = MongoClients.create(mongodbUri);
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(Path.of(file))), StandardCharsets.UTF_8))) {
            MongoDatabase database = client.getDatabase(MongoConnectionProperties.DATABASE);
            BackupCollections.Selection selection = BackupCollections.of(database.listCollectionNames().into(new ArrayList<>()));
            JsonWriterSettings canonical = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
            writer.write(new Document("format", FORMAT).append("version", 1).append("createdAt", Instant.now().toString())
                    .append("collections", selection.copied()).append("rebuilt", selection.rebuilt()).toJson());
            writer.newLine();
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String name : selection.copied()) {
                long count = 0;
                for (Document document : database.getCollection(name).find()) {
                    writer.write(new Document("c", name).append("d", document).toJson(canonical));
                    writer.newLine();
                    count++;
                }
                copied.put(name, count);
            }
            return new Summary(copied, selection.rebuilt(), selection.unclassified());
        }
    }

    /** Restores into a new embedded store in {@code dataDir}, which must hold no store yet. @return documents restored */
    public static long restore(String file, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        try (var files = Files.list(dataDir)) {
            if (files.findAny().isPresent()) {
                throw new IllegalArgumentException("restore needs an empty data directory: " + dataDir);
            }
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString(MongoConnectionProperties.DATABASE));
             BufferedReader reader = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(Files.newInputStream(Path.of(file))), StandardCharsets.UTF_8))) {
            MongoDatabase database = client.getDatabase(MongoConnectionProperties.DATABASE);
            Document header = Document.parse(String.valueOf(reader.readLine()));
            if (!FORMAT.equals(header.getString("format")) || header.getInteger("version", 0) != 1) {
                throw new IllegalArgumentException("not a GEL Plan backup (version 1): " + file);
            }
            EventStoreCollections.in(database);
            long count = 0;
            Map<String, List<Document>> batch = new LinkedHashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Document entry = Document.parse(line);
                batch.computeIfAbsent(entry.getString("c"), c -> new ArrayList<>()).add(entry.get("d", Document.class));
                if (++count % 500 == 0) {
                    flush(database, batch);
                }
            }
            flush(database, batch);
            return count;
        }
    }

    private static void flush(MongoDatabase database, Map<String, List<Document>> batch) {
        batch.forEach((name, documents) -> {
            MongoCollection<Document> collection = database.getCollection(name);
            collection.insertMany(documents);
        });
        batch.clear();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: backup --file F [--mongodb-uri URI] | restore --file F --data-dir DIR");
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
