package org.gelplan.bench;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.gelplan.eventstore.EventStoreCollections;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.in;

/**
 * The reads an office waits for on one entity with years of history (Mocoa with the demo history):
 * compliance as of a past day and a quarterly report, against a raw driver read of the events of
 * the plan's compliance aggregate they are computed from.
 */
final class ReadPaths {

    static final String PLAN = "86001-2009";
    private static final String COMPLIANCE = "compliance-" + PLAN;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String bearer;

    ReadPaths(String base, String token) {
        this.base = base;
        this.bearer = "Bearer " + token;
    }

    double get(String path, int times) {
        return Throughput.measure(1, times, (thread, call) -> {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + new String(response.body()));
            }
        });
    }

    /** The body of a GET that must answer 200. */
    String fetch(String path) throws java.io.IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Full reads per second of the compliance aggregate's events, by their unique sequence keys. */
    static double rawComplianceRead(MongoDatabase database, EventStorageEngine engine, int times) {
        return rawRead(database, engine, List.of(COMPLIANCE), times);
    }

    /** Full reads per second of every event of these aggregates, by their unique sequence keys. */
    static double rawRead(MongoDatabase database, EventStorageEngine engine, List<String> aggregates, int times) {
        List<String> keys = new ArrayList<>();
        for (String aggregate : aggregates) {
            long last = engine.lastSequenceNumberFor(aggregate).orElse(-1L);
            for (long sequence = 0; sequence <= last; sequence++) {
                keys.add(aggregate + "#" + sequence);
            }
        }
        return Throughput.measure(1, times, (thread, call) -> {
            long events = 0;
            for (int from = 0; from < keys.size(); from += 500) {
                for (Document commit : database.getCollection(EventStoreCollections.COMMITS)
                        .find(in("sequenceKeys", keys.subList(from, Math.min(keys.size(), from + 500))))) {
                    events += commit.getList("events", Document.class).size();
                }
            }
            if (events == 0) {
                throw new IllegalStateException("no events of " + aggregates);
            }
        });
    }

    static long complianceEvents(EventStorageEngine engine) {
        return engine.lastSequenceNumberFor(COMPLIANCE).orElse(-1L) + 1;
    }
}
