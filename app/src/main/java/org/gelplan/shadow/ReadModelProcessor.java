package org.gelplan.shadow;

import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.List;

/**
 * A live streaming processor that keeps read models, with the handler classes a shadow runs again
 * (those with a {@code @ResetHandler}) and the collections their repositories write.
 */
record ReadModelProcessor(String name, StreamingEventProcessor processor, List<Class<?>> readModelHandlers,
                          List<String> collections) {
}
