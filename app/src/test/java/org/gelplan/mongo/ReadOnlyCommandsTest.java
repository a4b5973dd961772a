package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class ReadOnlyCommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"find", "getMore", "count", "listIndexes", "hello", "isMaster", "ping"})
    void letsReadsReplyWithoutWaiting(String command) {
        assertThat(ReadOnlyCommands.isReadOnly(command, new Document(command, 1))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"insert", "update", "delete", "findAndModify", "createIndexes", "dropIndexes",
        "create", "drop", "dropDatabase", "renameCollection", "someCommandOfAFutureVersion"})
    void makesEverythingElseWaitForACommit(String command) {
        assertThat(ReadOnlyCommands.isReadOnly(command, new Document(command, 1))).isFalse();
    }

    @Test
    void treatsAnAggregationAsAReadUnlessItWritesItsResult() {
        Document match = new Document("$match", new Document("agg", "a1"));
        assertThat(ReadOnlyCommands.isReadOnly("aggregate", pipeline(match))).isTrue();
        assertThat(ReadOnlyCommands.isReadOnly("aggregate", pipeline(match, new Document("$out", "copy")))).isFalse();
        assertThat(ReadOnlyCommands.isReadOnly("aggregate", pipeline(new Document("$merge", "copy")))).isFalse();
    }

    private static Document pipeline(Document... stages) {
        return new Document("aggregate", "events").append("pipeline", List.of(stages));
    }
}
