package org.gelplan.testsupport;

import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the commands the node's MongoDB client sends, by thread kind, command, collection and filter
 * shape (field names and operators, values replaced by their types): what a path costs the store in
 * round trips. On with {@code gelplan.test.store-census=true}; the benchmark harness prints it per phase.
 */
@Component
@ConditionalOnProperty(name = "gelplan.test.store-census", havingValue = "true")
public class StoreCommandCensus implements MongoClientSettingsBuilderCustomizer, CommandListener {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void customize(MongoClientSettings.Builder builder) {
        builder.addCommandListener(this);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        String collection = command.isString(name) ? command.getString(name).getValue() : "";
        StringBuilder key = new StringBuilder(Thread.currentThread().getName().replaceAll("\\d+", "N"))
                .append(" | ").append(name).append(' ').append(collection);
        for (String part : new String[] {"filter", "query", "q", "updates", "deletes"}) {
            if (command.containsKey(part)) {
                key.append(' ').append(part).append('=').append(shape(command.get(part)));
            }
        }
        counts.computeIfAbsent(key.toString(), k -> new LongAdder()).increment();
    }

    /** Commands named {@code command} on {@code collection} since the last reset, from any thread. */
    public long count(String command, String collection) {
        String wanted = "| " + command + " " + collection + " ";
        return counts.entrySet().stream().filter(e -> (e.getKey() + " ").contains(wanted))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    public void reset() {
        counts.clear();
    }

    /** The most frequent commands since the last reset, one a line with its count. */
    public String report(int lines) {
        StringBuilder report = new StringBuilder();
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(lines)
                .forEach(e -> report.append(String.format("%8d  %s%n", e.getValue().sum(), e.getKey())));
        return report.toString();
    }

    private static String shape(BsonValue value) {
        if (value.isDocument()) {
            StringBuilder shape = new StringBuilder("{");
            value.asDocument().forEach((field, inner) -> shape.append(field).append(':').append(shape(inner)).append(','));
            return shape.append('}').toString();
        }
        if (value.isArray()) {
            BsonArray array = value.asArray();
            return "[" + array.size() + (array.isEmpty() ? "" : " " + shape(array.get(0))) + "]";
        }
        return value.getBsonType().name().toLowerCase();
    }
}
