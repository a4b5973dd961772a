package org.gelplan.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The JSON of the HTTP API: ISO-8601 dates, records, and strict reading. It works on a copy of
 * Boot's {@link ObjectMapper} so that the stricter reading rules never reach the mapper Axon may
 * use for stored events, where a missing primitive in an old event must still read as its default.
 * Boot uses this converter for MVC because it backs off when one is declared.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class ApiJsonConfiguration {

    private static final int MAX_NAME_LENGTH = 256;

    @Bean
    public MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(
            ObjectMapper objectMapper, WebLimitsProperties limits) {
        return new MappingJackson2HttpMessageConverter(apiObjectMapper(objectMapper, limits));
    }

    static ObjectMapper apiObjectMapper(ObjectMapper base, WebLimitsProperties limits) {
        ObjectMapper api = base.copy()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // 7.5 votes or a null count is a client error, not 7 or 0.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // {"reason":"ok","reason":"$ne"} must not mean one thing to a check and another to a handler.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        api.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
        return api;
    }
}
