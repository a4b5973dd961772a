package org.gelplan.reporting.rollup;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RollupEntityRepository extends MongoRepository<RollupEntityDocument, String> {
}
