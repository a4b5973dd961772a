package org.gelplan.core;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Appending an event's entry to a read-model document, on an in-process store. */
class EventEntriesTest {

    @org.springframework.data.mongodb.core.mapping.Document("timelines")
    record Timeline(@Id String id, String owner, List<Entry> entries) {
    }

    record Entry(String eventId, int value) {
    }

    private final InMemoryMongo mongo = new InMemoryMongo();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void appendsEachEventOnceInTheOrderTheyCome() {
        mongo.template().insert(new Timeline("t1", "a", List.of()));

        assertThat(EventEntries.appendOnce(mongo.template(), Timeline.class, "t1", "entries", "e1", new Entry("e1", 1))).isTrue();
        assertThat(EventEntries.appendOnce(mongo.template(), Timeline.class, "t1", "entries", "e2", new Entry("e2", 2))).isTrue();
        assertThat(EventEntries.appendOnce(mongo.template(), Timeline.class, "t1", "entries", "e1", new Entry("e1", 1))).isFalse();

        assertThat(mongo.template().findById("t1", Timeline.class).entries())
                .containsExactly(new Entry("e1", 1), new Entry("e2", 2));
    }

    @Test
    void leavesAMissingDocumentMissing() {
        assertThat(EventEntries.appendOnce(mongo.template(), Timeline.class, "t1", "entries", "e1", new Entry("e1", 1))).isFalse();

        assertThat(mongo.template().getCollection("timelines").countDocuments()).isZero();
    }

    @Test
    void createsTheDocumentWithItsFirstEntryAndIgnoresARedeliveredOne() {
        for (int delivery = 0; delivery < 2; delivery++) {
            EventEntries.appendOnceCreating(mongo.template(), Timeline.class, "t1", "entries", "e1", new Entry("e1", 1),
                    new Update().setOnInsert("owner", "a"));
            EventEntries.appendOnceCreating(mongo.template(), Timeline.class, "t1", "entries", "e2", new Entry("e2", 2),
                    new Update().setOnInsert("owner", "b"));
        }

        assertThat(mongo.template().findById("t1", Timeline.class))
                .isEqualTo(new Timeline("t1", "a", List.of(new Entry("e1", 1), new Entry("e2", 2))));
    }
}
