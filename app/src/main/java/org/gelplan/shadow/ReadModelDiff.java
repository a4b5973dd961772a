package org.gelplan.shadow;

import org.bson.Document;
import org.gelplan.core.EntityScope;
import org.gelplan.shadow.ShadowComparison.DocumentDifference;
import org.gelplan.shadow.ShadowComparison.ReadModelComparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares one collection, live against shadow, by {@code _id}. Differences in documents that name an
 * entity outside the caller's scope are counted, not shown: a scoped control office sees only its own.
 */
final class ReadModelDiff {

    static final int LISTED = 50;
    private static final List<String> ENTITY_FIELDS = List.of("entityCode", "daneCode", "planId", "_id");
    private static final Pattern LEADING_DANE_CODE = Pattern.compile("^(\\d{5}|\\d{2})(?:[-#/:].*)?$");

    private ReadModelDiff() {
    }

    static ReadModelComparison compare(String collection, List<Document> live, List<Document> shadow, EntityScope scope) {
        Map<Object, Document> rebuilt = byId(shadow);
        Map<Object, Document> held = byId(live);
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<DocumentDifference> different = new ArrayList<>();
        int hidden = 0;
        int shown = 0;
        for (Document document : live) {
            Document counterpart = rebuilt.get(document.get("_id"));
            if (counterpart != null && counterpart.equals(document)) {
                continue;
            }
            if (!visible(document, scope)) {
                hidden++;
            } else if (++shown <= LISTED && counterpart == null) {
                extra.add(id(document));
            } else if (shown <= LISTED) {
                different.add(new DocumentDifference(id(document), DocumentDiff.between(document, counterpart)));
            }
        }
        for (Document document : shadow) {
            if (held.containsKey(document.get("_id"))) {
                continue;
            }
            if (!visible(document, scope)) {
                hidden++;
            } else if (++shown <= LISTED) {
                missing.add(id(document));
            }
        }
        return new ReadModelComparison(collection, live.size(), shadow.size(), missing, extra, different, hidden,
                shown > LISTED);
    }

    private static Map<Object, Document> byId(List<Document> documents) {
        Map<Object, Document> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.get("_id"), d));
        return byId;
    }

    private static String id(Document document) {
        Object id = document.get("_id");
        return id instanceof Document d ? d.toJson() : String.valueOf(id);
    }

    /** A document is shown unless one of its entity fields names an entity the caller does not act for. */
    private static boolean visible(Document document, EntityScope scope) {
        return entityOf(document).map(scope::covers).orElse(true);
    }

    private static Optional<String> entityOf(Document document) {
        return ENTITY_FIELDS.stream()
                .map(document::get)
                .flatMap(value -> value instanceof String text ? Stream.of(text) : Stream.empty())
                .map(LEADING_DANE_CODE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .findFirst();
    }
}
