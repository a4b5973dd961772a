package org.gelplan.reporting.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.data.mongodb.core.convert.MongoConversionContext;
import org.springframework.data.mongodb.core.convert.MongoValueConverter;

import java.util.Map;

/**
 * Stores an entity's criteria as one JSON text, ordered by code, instead of a sub-document per criterion.
 * The rollup reads them only whole, by the entity's {@code _id}, and judges them in Java
 * ({@link RollupJudge}); nothing queries a criterion's fields. As ninety sub-documents, they were the largest
 * part of the rollup rebuild's cost: Spring Data mapped each value on the way out, and the embedded server
 * copied the document deeply three times and compared the copies at every replacement (BENCHMARKS.md,
 * session 12). As text, they are one value to map, encode, copy and compare, and still readable in the store.
 */
final class RollupCriteriaJson implements MongoValueConverter<Map<String, RollupCriterion>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final TypeReference<Map<String, RollupCriterion>> CRITERIA = new TypeReference<>() {
    };

    @Override
    public String write(Map<String, RollupCriterion> criteria, MongoConversionContext context) {
        return write(criteria);
    }

    @Override
    public Map<String, RollupCriterion> read(String json, MongoConversionContext context) {
        return read(json);
    }

    static String write(Map<String, RollupCriterion> criteria) {
        try {
            return JSON.writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("criteria that cannot be written as JSON: " + criteria.keySet(), e);
        }
    }

    static Map<String, RollupCriterion> read(String json) {
        try {
            return JSON.readValue(json, CRITERIA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rollup criteria that are not the JSON this class writes", e);
        }
    }
}
