package org.gelplan.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.gelplan.core.AuditMetaData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RequestEventsTest {

    private final RequestEvents events = new RequestEvents();

    @Test
    void eachStoredEventIsFiledUnderItsRequestAtItsGlobalIndex() {
        events.appended(40, List.of(event("one", "r1"), event(2L, null), event(3, "r2")));
        events.appended(57, List.of(event("cascade", "r1")));

        assertThat(events.of("r1")).containsExactly(entry(40L, String.class), entry(57L, String.class));
        assertThat(events.of("r2")).containsExactly(entry(42L, Integer.class));
        assertThat(events.of("never")).isEmpty();
    }

    @Test
    void aForgottenRequestHasNoEventsAndOnlyTheNewestRequestsAreKept() {
        events.appended(1, List.of(event("one", "r1")));
        events.forget("r1");
        assertThat(events.of("r1")).isEmpty();

        for (int i = 0; i <= RequestEvents.REQUESTS; i++) {
            events.appended(10 + i, List.of(event("x", "bulk-" + i)));
        }
        assertThat(events.of("bulk-0")).isEmpty();
        assertThat(events.of("bulk-" + RequestEvents.REQUESTS)).containsOnlyKeys((long) 10 + RequestEvents.REQUESTS);
    }

    @Test
    void aCopyIsHandedOut() {
        events.appended(1, List.of(event("one", "r1")));
        events.of("r1").clear();
        assertThat(events.of("r1")).hasSize(1);
    }

    private static EventMessage<?> event(Object payload, String requestId) {
        return GenericEventMessage.asEventMessage(payload)
                .withMetaData(requestId == null ? MetaData.emptyInstance() : Map.of(AuditMetaData.REQUEST_ID, requestId));
    }
}
