package org.gelplan.compliance.criterion;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CriterionStateRepository extends MongoRepository<CriterionStateDocument, String> {
}
