package org.gelplan.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bson.Document;
import org.gelplan.axon.NodeHeartbeats;
import org.gelplan.core.AuditMetaData;
import org.gelplan.eventstore.EventStoreCollections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoDatabase;

/**
 * What a store holds, read straight from its collections: the events of every commit (with the
 * request id of their metadata) and the documents of every read model.
 */
final class StoredRecord {

    /** Collections of the event store, token store, node heartbeats, sagas and idempotency records: not read models. */
    private static final Set<String> NOT_READ_MODELS = Set.of(EventStoreCollections.COMMITS,
            EventStoreCollections.COUNTERS, EventStoreCollections.SNAPSHOTS, "trackingtokens", "sagas",
            "idempotency_keys", NodeHeartbeats.COLLECTION);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    record Event(String sequenceKey, long globalIndex, String payloadType, String requestId) {
    }

    private StoredRecord() {
    }

    static List<Event> events(MongoDatabase database) {
        List<Event> events = new ArrayList<>();
        for (Document commit : database.getCollection(EventStoreCollections.COMMITS).find()) {
            for (Document event : commit.getList("events", Document.class)) {
                events.add(new Event(event.getString("aggregateId") + "#" + event.get("sequence", Number.class),
                        event.get("globalIndex", Number.class).longValue(), event.getString("payloadType"),
                        requestId(event.getString("metaData"))));
            }
        }
        return events;
    }

    /** Keys that occur more than once, with their count (must be empty). */
    static <T> Map<T, Long> duplicates(List<T> keys) {
        return keys.stream().collect(Collectors.groupingBy(k -> k, HashMap::new, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every read-model collection with its documents, in a stable order so two snapshots compare. */
    static Map<String, List<String>> readModels(MongoDatabase database) {
        Map<String, List<String>> models = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            // the audit chain is history of its own (checked by verification), not a read model
            if (!NOT_READ_MODELS.contains(name) && !name.startsWith("system.") && !name.startsWith("audit_")) {
                models.put(name, database.getCollection(name).find().map(StoredRecord::canonical)
                        .into(new ArrayList<>()).stream().sorted().toList());
            }
        }
        return models;
    }

    // Field order inside a document is not part of its meaning: maps are written with sorted keys.
    private static String canonical(Document document) {
        try {
            return JSON.writeValueAsString(JSON.readValue(document.toJson(), Map.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String requestId(String metaData) {
        try {
            JsonNode id = JSON.readTree(metaData).get(AuditMetaData.REQUEST_ID);
            return id == null ? null : id.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored metadata: " + metaData, e);
        }
    }
}
