package org.gelplan.reporting.quarterly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one canonical JSON form of a report body: fixed property order (record order), ISO dates,
 * nulls written, no indentation. Independent of the application's ObjectMapper settings, so a
 * configuration change elsewhere can never change a hash.
 */
public final class ReportJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private ReportJson() {
    }

    public static String write(QuarterlyReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report body is always serialisable", e);
        }
    }

    public static QuarterlyReport read(String body) {
        try {
            return JSON.readValue(body, QuarterlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen report body no longer reads as a report", e);
        }
    }
}
