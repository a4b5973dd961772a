package org.gelplan.plan.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plan files as YAML: the {@link PlanFile} shape, every string quoted (so that a diagnosis answer
 * "NO" stays text). A problem's location is its path in the file, positions counted from 1:
 * {@code indicators/4/target.value}.
 */
final class YamlPlanFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private YamlPlanFiles() {
    }

    static byte[] write(PlanFile file) {
        try {
            return YAML.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanFileSource read(byte[] bytes) {
        try {
            JsonNode tree = YAML.readTree(bytes);
            return new PlanFileSource(tree == null ? MissingNode.getInstance() : tree, List.of(), YamlPlanFiles::locate);
        } catch (JsonProcessingException broken) {
            var where = broken.getLocation();
            throw new UnreadablePlanFile(where == null ? "?" : where.getLineNr() + ":" + where.getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String locate(String pointer) {
        return Arrays.stream(pointer.split("/")).filter(segment -> !segment.isEmpty())
                .map(segment -> segment.matches("\\d+") ? String.valueOf(Integer.parseInt(segment) + 1) : segment)
                .collect(Collectors.joining("/"));
    }
}
