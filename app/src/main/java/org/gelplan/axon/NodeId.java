package org.gelplan.axon;

import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This node's identity when claiming event-processor segments. Axon's default ({@code pid@host})
 * is shared by two application contexts in one JVM, which then both believe they own a segment.
 */
@Component
public class NodeId {

    private final String value;

    NodeId(AxonProperties properties) {
        this.value = properties.nodeId() != null && !properties.nodeId().isBlank()
                ? properties.nodeId()
                : ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String value() {
        return value;
    }
}
