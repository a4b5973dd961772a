package org.gelplan.axon;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection runs in a pooled streaming processor with several segments, so that nodes
 * sharing one store split the work and a processor can be reset to replay from the first event.
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessors(AxonProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((axon, builder) -> builder
                        .initialSegmentCount(properties.segments())
                        .batchSize(100)));
    }
}
