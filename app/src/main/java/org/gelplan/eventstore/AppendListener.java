package org.gelplan.eventstore;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/** Told of every commit this node stored, after the store accepted it, with the global index of its first event. */
@FunctionalInterface
public interface AppendListener {

    AppendListener NONE = (firstIndex, events) -> {
    };

    void appended(long firstIndex, List<? extends EventMessage<?>> events);
}
