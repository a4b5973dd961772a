package org.gelplan.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Every projection runs in a pooled streaming processor with several segments, so that nodes
 * sharing one store split the work and a processor can be reset to replay from the first event.
 * A batch (one unit of work, one token write) holds up to 1,000 events: at the head batches are an
 * event or two anyway, and a rebuild writes a projection's documents and its token once per batch
 * ({@code ProjectionBatch}); a failed batch is handled again from its first event, as any batch is. The
 * coordinator's scheduler looks again promptly when a work package's queue is full
 * ({@link PromptCoordinatorExecutor}).
 *
 * <p>A handler that fails fails its batch: the segment is released and handled again from the batch's
 * first event after Axon's back-off (0.5 s, doubling to a minute), never skipped. Axon's default logs the
 * failure and goes on with the next event, so a projection that met a passing store error (a timeout
 * under load, a failover) lost that event for good while its token moved past it (ADR 0019). A failing
 * group shows on {@code /actuator/health} ({@link ProjectionFailures}).
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessors(AxonProperties properties, ProjectionFailures failures) {
        AtomicReference<EventArrivals> arrivals = new AtomicReference<>();
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(axon -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((axon, processorName) -> failures.interceptorFor(processorName))
                .usingPooledStreamingEventProcessors((axon, builder) -> builder
                        .messageSource(sharedArrivals(arrivals, axon))
                        .initialSegmentCount(properties.segments())
                        .coordinatorExecutor(processor -> {
                            PromptCoordinatorExecutor executor = new PromptCoordinatorExecutor(processor);
                            axon.onShutdown(executor::shutdown);
                            return executor;
                        })
                        .batchSize(1_000)));
    }

    // one poller for all processors of this application context
    private static EventArrivals sharedArrivals(AtomicReference<EventArrivals> arrivals,
                                                org.axonframework.config.Configuration axon) {
        synchronized (arrivals) {
            if (arrivals.get() == null) {
                EventArrivals created = new EventArrivals(axon.eventStore());
                axon.onShutdown(created::stop);
                arrivals.set(created);
            }
            return arrivals.get();
        }
    }
}
