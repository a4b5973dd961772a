package org.gelplan.mongo;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CounterWritesTest {

    @Test
    void onlyFindAndModifyOnTheEventCounterSkipsTheCommitWait() {
        assertThat(CounterWrites.isCounterUpdate("findAndModify", new Document("findAndModify", "eventcounters"))).isTrue();
        assertThat(CounterWrites.isCounterUpdate("findandmodify", new Document("findandmodify", "eventcounters"))).isTrue();
        assertThat(CounterWrites.isCounterUpdate("findAndModify", new Document("findAndModify", "eventcommits"))).isFalse();
        assertThat(CounterWrites.isCounterUpdate("update", new Document("update", "eventcounters"))).isFalse();
        assertThat(CounterWrites.isCounterUpdate("insert", new Document("insert", "eventcounters"))).isFalse();
    }
}
