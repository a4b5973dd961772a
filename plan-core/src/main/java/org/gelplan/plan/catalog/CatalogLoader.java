package org.gelplan.plan.catalog;

import static org.gelplan.plan.catalog.CatalogDocument.orEmpty;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.catalog.CatalogDocument.CategoryEntry;
import org.gelplan.plan.catalog.CatalogDocument.GridEntry;
import org.gelplan.plan.catalog.CatalogDocument.PhaseEntry;

/**
 * Reads a catalog file (JSON, see {@code catalogs/README.md}) and refuses it whole, with an
 * {@link InvalidCatalog} listing every problem, unless it is well-formed and every catalog rule
 * holds. Unknown fields, repeated keys and null list entries are refused too: in a data file they are typos.
 */
public final class CatalogLoader {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    /**
     * Loads and validates one catalog.
     *
     * @param json       the file's content; not closed here
     * @param sourceName the file's name, quoted in every error message
     * @throws InvalidCatalog if the file is malformed or breaks a catalog rule
     */
    public Catalog load(InputStream json, String sourceName) {
        CatalogDocument document = read(json, sourceName);
        List<String> problems = CatalogValidator.problemsOf(document);
        if (!problems.isEmpty()) {
            throw new InvalidCatalog(sourceName, problems);
        }
        return toCatalog(document);
    }

    private CatalogDocument read(InputStream json, String sourceName) {
        try {
            CatalogDocument document = mapper.readValue(json, CatalogDocument.class);
            if (document == null) {
                throw new InvalidCatalog(sourceName, List.of("the file is empty"));
            }
            return document;
        } catch (JsonProcessingException e) {
            throw new InvalidCatalog(sourceName, List.of(describe(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalog " + sourceName, e);
        }
    }

    /** Names where the file went wrong: the JSON path for data errors, line and column for syntax errors. */
    private static String describe(JsonProcessingException e) {
        // Jackson wraps syntax errors met inside a field into a mapping exception; unwrap to tell them apart.
        JsonProcessingException syntax = e instanceof JsonParseException ? e
                : e.getCause() instanceof JsonParseException parse ? parse : null;
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "top level";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "at " + path + ": unknown field, expected one of " + unknown.getKnownPropertyIds();
        }
        if (syntax == null) {
            return "at " + path + ": " + e.getOriginalMessage();
        }
        JsonLocation location = syntax.getLocation();
        return "malformed JSON at " + path + ": " + syntax.getOriginalMessage()
                + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "top level" : path.substring(1);
    }

    private static Catalog toCatalog(CatalogDocument document) {
        List<CatalogPhase> phases = document.phases().stream()
                .map(CatalogLoader::toPhase)
                .sorted(Comparator.comparing(CatalogPhase::phase))
                .toList();
        List<CatalogDecision> decisions = orEmpty(document.decisions()).stream()
                .map(d -> new CatalogDecision(d.id(), d.topic(), d.decision()))
                .toList();
        return new Catalog(document.version(), document.title(), document.source(),
                LocalDate.parse(document.inForceSince()), phases, decisions);
    }

    private static CatalogPhase toPhase(PhaseEntry entry) {
        Phase phase = Phase.valueOf(entry.phase());
        return new CatalogPhase(
                phase,
                entry.name(),
                LocalDate.parse(entry.nationalDeadline()),
                LocalDate.parse(entry.territorialDeadline()),
                entry.defaultTargetPercent(),
                entry.categories().stream().map(category -> toCategory(category, phase)).toList(),
                orEmpty(entry.maturityGrids()).stream().map(grid -> toGrid(grid, phase)).toList());
    }

    private static CatalogCategory toCategory(CategoryEntry entry, Phase phase) {
        List<CatalogCriterion> criteria = entry.criteria().stream()
                .map(c -> new CatalogCriterion(c.code(), c.name(), phase, entry.code(), entry.name()))
                .toList();
        return new CatalogCategory(entry.code(), entry.name(), phase, criteria);
    }

    private static MaturityGrid toGrid(GridEntry entry, Phase phase) {
        List<MaturityCell> cells = entry.cells().stream()
                .map(cell -> new MaturityCell(cell.code(), cell.name(), entry.code()))
                .toList();
        return new MaturityGrid(entry.code(), entry.name(), phase, cells);
    }
}
