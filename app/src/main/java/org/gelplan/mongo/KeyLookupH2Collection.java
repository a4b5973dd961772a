package org.gelplan.mongo;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * An H2 collection that answers a lookup of one unique key ({@code {key: value}} or
 * {@code {key: {$in: [values]}}}) from its index alone, each matching document once, as MongoDB does; a
 * query that adds other conditions to such a lookup ({@code {_id: id, "versions.eventId": {$ne: e}}}) has
 * its candidates found by the key and checked against the other conditions only.
 *
 * <p>mongo-java-server 1.47.0 returns a document once per matching key of a multikey index (a commit
 * whose 250 global indexes are all asked for came back 250 times) and checks every candidate against
 * the whole query again, comparing it with each value of the {@code $in} through a new stream: a
 * 1,000-value lookup cost a million comparisons. Here a candidate the index found by one of the asked
 * values matches by construction, since the index holds exactly the document's values of that key and
 * writes never run beside a read ({@link GroupCommittingH2Backend}), so the check is left out.
 *
 * <p>mongo-java-server uses an index only for a query of exactly its keys: one more condition, and every
 * document of the collection was read and matched (an update guarded by an event id scanned a whole read
 * model per event). Any query without such a key (operators only, regular expressions, null, doubles,
 * documents or arrays as values) is answered as before.
 */
class KeyLookupH2Collection extends SizeOnDemandH2Collection {

    private static final String IN = "$in";
    /** Where {@code AbstractMongoDatabase} puts a find's filter and sort in its query parameters. */
    private static final String QUERY = "$query";
    private static final String ORDER_BY = "$orderby";

    KeyLookupH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
    }

    /**
     * A find that is a key lookup runs without the collection's monitor, so that several lookups (a
     * stream's windows fetched ahead) use several cores: the backend never runs a write beside a read,
     * and H2's maps and the index's single-key reads are safe for concurrent readers. Anything else
     * takes the monitor as before.
     */
    @Override
    public QueryResult handleQuery(QueryParameters parameters) {
        Document selector = parameters.getQuerySelector();
        if (selector.get(QUERY) instanceof Document query) {
            Optional<KeyLookup> lookup = uniqueKeyLookup(query);
            if (lookup.isPresent()) {
                return lookUp(lookup.get(), query, (Document) selector.get(ORDER_BY), parameters.getNumberToSkip(),
                    parameters.getLimit(), parameters.getBatchSize(), parameters.getProjection());
            }
        }
        return super.handleQuery(parameters);
    }

    // counts, updates and deletes by key come here, under the monitor
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Optional<KeyLookup> lookup = uniqueKeyLookup(query);
        if (lookup.isEmpty()) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return lookUp(lookup.get(), query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** A unique single-key index and the key of the query it answers. */
    private record KeyLookup(Index<Object> index, String key) {
    }

    private QueryResult lookUp(KeyLookup lookup, Document query, Document orderBy, int numberToSkip, int limit,
                               int batchSize, Document fieldSelector) {
        String key = lookup.key();
        Index<Object> index = lookup.index();
        Object asked = query.get(key);
        Collection<?> values = asked instanceof Document operators ? (Collection<?>) operators.get(IN) : List.of(asked);
        Set<Object> positions = new LinkedHashSet<>();
        for (Object value : values) {
            Object position = index.getPosition(new Document(key, value));
            if (position != null) {
                positions.add(position);
            }
        }
        Stream<Document> documents = positions.stream().map(this::getDocument).filter(Objects::nonNull);
        // each candidate matches the key already; only the query's other conditions are checked
        Document otherConditions = new Document(query);
        otherConditions.remove(key);
        return matchDocumentsFromStream(documents, otherConditions, orderBy, numberToSkip, limit, batchSize,
            fieldSelector);
    }

    /** The unique single-key index that answers one of this query's keys exactly, if the query has such a key. */
    private Optional<KeyLookup> uniqueKeyLookup(Document query) {
        for (String key : query.keySet()) {
            if (key.startsWith("$") || !isLookup(query.get(key))) {
                continue;
            }
            Document keyAlone = query.size() == 1 ? query : new Document(key, query.get(key));
            Optional<Index<Object>> index = getIndexes().stream()
                .filter(candidate -> candidate.isUnique() && candidate.getKeys().size() == 1
                    && candidate.getKeys().get(0).getKey().equals(key) && candidate.canHandle(keyAlone))
                .findFirst();
            if (index.isPresent()) {
                return Optional.of(new KeyLookup(index.get(), key));
            }
        }
        return Optional.empty();
    }

    private static boolean isLookup(Object value) {
        if (value instanceof Document operators) {
            return operators.size() == 1 && operators.get(IN) instanceof Collection<?> values
                && !values.isEmpty() && values.stream().allMatch(KeyLookupH2Collection::isPlainValue);
        }
        return isPlainValue(value);
    }

    // a value the index holds as it is: not null (which also matches a missing key), not a pattern, not a
    // document or array (which compare as wholes and against elements), not a double (NaN, -0.0)
    private static boolean isPlainValue(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Integer
            || value instanceof Boolean || value instanceof UUID || value instanceof ObjectId;
    }
}
