package org.gelplan.reporting.audit;

import org.springframework.modulith.NamedInterface;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.gelplan.reporting.api.LoggedEvent;
import org.gelplan.reporting.api.StoredEventLog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The chain with the events and the witnessed checkpoints as one JSON Lines file, so an auditor can verify
 * history on their own machine with the same {@link ChainVerifier}. Line one is a header; then one object
 * per line: {@code {"chain":…}}, {@code {"event":…}} or {@code {"checkpoint":…}}.
 */
@NamedInterface("audit-export")
public final class ChainExport {

    static final String FORMAT = "gelplan-audit-export/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChainExport() {
    }

    /** Writes everything as it is stored now; nothing is linked or changed. Returns the lines written after the header. */
    public static long write(MongoDatabase database, StoredEventLog log, Writer out) throws IOException {
        AuditChainStore chain = new AuditChainStore(database);
        long[] lines = {0};
        line(out, Map.of("format", FORMAT, "highestAllocated", log.highestAllocated(), "exportedAt", Instant.now().toString()));
        chain.forEachEntry(entry -> {
            line(out, Map.of("chain", entry.toDocument()));
            lines[0]++;
        });
        log.forEach(event -> {
            line(out, Map.of("event", event));
            lines[0]++;
        });
        for (Document checkpoint : database.getCollection(Checkpoints.COLLECTION).find()) {
            line(out, Map.of("checkpoint", Map.of("length", checkpoint.get("_id"), "head", checkpoint.getString("head"))));
            lines[0]++;
        }
        out.flush();
        return lines[0];
    }

    /** Reads an export and verifies it without any server. */
    public static ChainVerification verify(BufferedReader in) throws IOException {
        JsonNode header = JSON.readTree(Optional.ofNullable(in.readLine()).orElse("{}"));
        if (!FORMAT.equals(header.path("format").asText())) {
            throw new IOException("not a GEL Plan audit export (first line must name " + FORMAT + ")");
        }
        FileContents contents = new FileContents(header.path("highestAllocated").asLong(-1));
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            if (!text.isBlank()) {
                contents.add(JSON.readTree(text));
            }
        }
        return new ChainVerifier(contents, contents).verify(contents.checkpoints);
    }

    private static void line(Writer out, Object value) {
        try {
            out.write(JSON.writeValueAsString(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An export held in memory, read as the chain and the store. */
    private static final class FileContents implements ChainSource, StoredEventLog {

        private final long highestAllocated;
        private final Map<Long, ChainEntry> entries = new HashMap<>();
        private final Map<String, ChainEntry> entriesByEvent = new HashMap<>();
        private final Map<Long, LoggedEvent> events = new LinkedHashMap<>();
        private final List<Checkpoint> checkpoints = new ArrayList<>();

        FileContents(long highestAllocated) {
            this.highestAllocated = highestAllocated;
        }

        void add(JsonNode line) throws IOException {
            if (line.has("chain")) {
                ChainEntry entry = ChainEntry.fromDocument(Document.parse(line.get("chain").toString()));
                entries.put(entry.position(), entry);
                entriesByEvent.put(entry.eventId(), entry);
            } else if (line.has("event")) {
                LoggedEvent event = JSON.treeToValue(line.get("event"), LoggedEvent.class);
                events.put(event.globalIndex(), event);
            } else if (line.has("checkpoint")) {
                checkpoints.add(new Checkpoint(line.at("/checkpoint/length").asLong(), line.at("/checkpoint/head").asText()));
            }
        }

        @Override
        public Map<Long, ChainEntry> entriesAt(Collection<Long> positions) {
            Map<Long, ChainEntry> found = new HashMap<>();
            positions.forEach(p -> Optional.ofNullable(entries.get(p)).ifPresent(e -> found.put(p, e)));
            return found;
        }

        @Override
        public Optional<ChainEntry> byEventId(String eventId) {
            return Optional.ofNullable(entriesByEvent.get(eventId));
        }

        @Override
        public void forEachEntry(Consumer<ChainEntry> action) {
            entries.values().forEach(action);
        }

        @Override
        public long highestAllocated() {
            return highestAllocated;
        }

        @Override
        public List<LoggedEvent> at(Collection<Long> globalIndexes) {
            return globalIndexes.stream().sorted().map(events::get).filter(e -> e != null).toList();
        }

        @Override
        public void forEach(Consumer<LoggedEvent> action) {
            events.values().forEach(action);
        }
    }
}
