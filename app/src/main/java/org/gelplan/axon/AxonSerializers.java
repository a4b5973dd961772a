package org.gelplan.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Jackson for every Axon serializer (general, events, messages), never XStream.
 *
 * <p>Axon gets its own {@link ObjectMapper}, not the web layer's, so that stored history never
 * depends on how HTTP bodies are parsed. Unknown properties are ignored so that an event written
 * by a newer version can still be read by an older node during a rolling upgrade.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerializers {

    static ObjectMapper eventObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder()
                .objectMapper(eventObjectMapper())
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    /**
     * Snapshots hold aggregates, which by house style have no getters: their fields are written
     * as they are. Only for snapshots, which are a cache; events keep their records' own shape.
     */
    @Bean
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer() {
        ObjectMapper fields = eventObjectMapper();
        fields.setVisibility(fields.getSerializationConfig().getDefaultVisibilityChecker()
                .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                .withSetterVisibility(JsonAutoDetect.Visibility.NONE));
        return JacksonSerializer.builder().objectMapper(fields).revisionResolver(new AnnotationRevisionResolver()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }
}
