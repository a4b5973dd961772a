package org.gelplan.shadow;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.DefaultRepositoryMetadata;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application's read models, found in Axon's configuration rather than listed by hand: every streaming
 * processor with at least one handler class that declares a {@code @ResetHandler}. Policies and side
 * effects (no reset handler: they send commands or mail) are never run in a shadow.
 */
@Component
class ReadModelProcessors {

    private final EventProcessingConfiguration processing;
    private final MongoTemplate mongo;

    ReadModelProcessors(EventProcessingConfiguration processing, MongoTemplate mongo) {
        this.processing = processing;
        this.mongo = mongo;
    }

    List<ReadModelProcessor> all() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .filter(AbstractEventProcessor.class::isInstance)
                .map(this::readModelOf)
                .filter(p -> !p.readModelHandlers().isEmpty())
                .sorted(Comparator.comparing(ReadModelProcessor::name))
                .toList();
    }

    ReadModelProcessor named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownProjection(name));
    }

    private ReadModelProcessor readModelOf(Object processor) {
        AbstractEventProcessor abstractProcessor = (AbstractEventProcessor) processor;
        List<Class<?>> handlers = handlerClasses(abstractProcessor.eventHandlerInvoker())
                .filter(ReadModelProcessors::resettable).distinct().toList();
        List<String> collections = handlers.stream().flatMap(this::collectionsOf).distinct().sorted().toList();
        return new ReadModelProcessor(abstractProcessor.getName(), (StreamingEventProcessor) processor, handlers, collections);
    }

    private static Stream<Class<?>> handlerClasses(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return multi.delegates().stream().flatMap(ReadModelProcessors::handlerClasses);
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream()
                    .filter(AnnotationEventHandlerAdapter.class::isInstance)
                    .map(handler -> ClassUtils.getUserClass(((AnnotationEventHandlerAdapter) handler).getTargetType()));
        }
        return Stream.empty();
    }

    private static boolean resettable(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredMethods()).anyMatch(ReadModelProcessors::isResetHandler)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isResetHandler(Method method) {
        return method.isAnnotationPresent(ResetHandler.class);
    }

    /** The collections of the repositories a handler is built with; raw-collection writers show up in the shadow. */
    private Stream<String> collectionsOf(Class<?> handler) {
        return Arrays.stream(ShadowHandlers.constructorOf(handler).getParameterTypes())
                .filter(Repository.class::isAssignableFrom)
                .map(type -> new DefaultRepositoryMetadata(type).getDomainType())
                .map(mongo::getCollectionName);
    }
}
