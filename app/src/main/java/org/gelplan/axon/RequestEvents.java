package org.gelplan.axon;

import org.axonframework.eventhandling.EventMessage;
import org.gelplan.core.AuditMetaData;
import org.gelplan.eventstore.AppendListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The events this node stored for each HTTP request, by the request id their metadata carries: the
 * command's own and those of the commands a local policy sent in turn (Axon copies the metadata onto
 * them). Read-your-writes waits for the processors that handle them without reading the store.
 *
 * <p>Kept for the most recent {@link #REQUESTS} requests; read-your-writes forgets a request once it
 * answered. A request whose events another node stored (a policy whose segment that node holds) is not
 * seen here, as that node's processors are not waited for either (ADR 0016).
 */
@Component
public class RequestEvents implements AppendListener {

    static final int REQUESTS = 4_096;

    private final Map<String, SortedMap<Long, Class<?>>> byRequest = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SortedMap<Long, Class<?>>> eldest) {
            return size() > REQUESTS;
        }
    };

    @Override
    public void appended(long firstIndex, List<? extends EventMessage<?>> events) {
        for (int i = 0; i < events.size(); i++) {
            EventMessage<?> event = events.get(i);
            if (event.getMetaData().get(AuditMetaData.REQUEST_ID) instanceof String requestId) {
                record(requestId, firstIndex + i, event.getPayloadType());
            }
        }
    }

    /** Global index → payload type of the events stored so far for the request, in store order. */
    public synchronized SortedMap<Long, Class<?>> of(String requestId) {
        SortedMap<Long, Class<?>> events = byRequest.get(requestId);
        return events == null ? new TreeMap<>() : new TreeMap<>(events);
    }

    public synchronized void forget(String requestId) {
        byRequest.remove(requestId);
    }

    private synchronized void record(String requestId, long index, Class<?> payloadType) {
        byRequest.computeIfAbsent(requestId, id -> new TreeMap<>()).put(index, payloadType);
    }
}
