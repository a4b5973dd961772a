package org.gelplan.shadow;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds new instances of a live processor's own handler classes, wired to a {@link ShadowStore}: their
 * repositories and {@code MongoTemplate} point at the shadow, any other dependency (a catalog, the clock)
 * is the application's bean. A handler that could reach the command or event bus is refused, so a shadow
 * can never record anything.
 */
@Component
class ShadowHandlers {

    private static final List<Class<?>> NEVER_IN_A_SHADOW = List.of(CommandGateway.class, CommandBus.class,
            EventGateway.class, EventBus.class, QueryGateway.class, QueryBus.class);

    private final BeanFactory beans;
    private final Configuration axon;

    ShadowHandlers(BeanFactory beans, Configuration axon) {
        this.beans = beans;
        this.axon = axon;
    }

    List<AnnotationEventHandlerAdapter> build(ReadModelProcessor processor, ShadowStore shadow) {
        return processor.readModelHandlers().stream()
                .map(type -> new AnnotationEventHandlerAdapter(instantiate(type, shadow), axon.parameterResolverFactory(),
                        axon.handlerDefinition(type)))
                .toList();
    }

    static Constructor<?> constructorOf(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow();
    }

    private Object instantiate(Class<?> type, ShadowStore shadow) {
        Constructor<?> constructor = constructorOf(type);
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(p -> argument(type, p, shadow)).toArray();
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build a shadow " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a shadow " + type.getSimpleName(), e);
        }
    }

    private Object argument(Class<?> handler, Class<?> type, ShadowStore shadow) {
        if (Repository.class.isAssignableFrom(type)) {
            return shadow.repository(type);
        }
        if (MongoOperations.class.isAssignableFrom(type)) {
            return shadow.template();
        }
        if (NEVER_IN_A_SHADOW.stream().anyMatch(forbidden -> forbidden.isAssignableFrom(type))) {
            throw new IllegalStateException(handler.getSimpleName() + " needs a " + type.getSimpleName()
                    + ": a read model must not send messages, so it cannot run in a shadow");
        }
        return beans.getBean(type);
    }
}
