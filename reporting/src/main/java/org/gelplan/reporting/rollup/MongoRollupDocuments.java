package org.gelplan.reporting.rollup;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The rollup's documents in MongoDB: a batch's entities come in one {@code _id $in} query, and its changes go
 * out as one unordered bulk write of replacements (upserts), instead of a round trip per document each way.
 * The codes in a query are values of {@code $in}, never operators.
 */
@Component
class MongoRollupDocuments implements RollupDocuments {

    private final MongoTemplate mongo;

    MongoRollupDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<RollupEntityDocument> entities(Collection<String> daneCodes) {
        return daneCodes.isEmpty() ? List.of()
                : mongo.find(query(where("_id").in(daneCodes)), RollupEntityDocument.class);
    }

    @Override
    public Optional<RollupDepartmentDocument> department(String code) {
        return Optional.ofNullable(mongo.findById(code, RollupDepartmentDocument.class));
    }

    @Override
    public void replaceEntities(Collection<RollupEntityDocument> documents) {
        replace(documents, RollupEntityDocument.class, RollupEntityDocument::daneCode);
    }

    @Override
    public void replaceDepartments(Collection<RollupDepartmentDocument> documents) {
        replace(documents, RollupDepartmentDocument.class, RollupDepartmentDocument::code);
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), RollupEntityDocument.class);
        mongo.remove(new Query(), RollupDepartmentDocument.class);
    }

    private <T> void replace(Collection<T> documents, Class<T> type, Function<T, String> id) {
        if (documents.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        for (T document : documents) {
            bulk.replaceOne(query(where("_id").is(id.apply(document))), document, FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
