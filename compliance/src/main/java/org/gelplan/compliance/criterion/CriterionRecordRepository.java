package org.gelplan.compliance.criterion;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CriterionRecordRepository extends MongoRepository<CriterionRecord, String> {
}
