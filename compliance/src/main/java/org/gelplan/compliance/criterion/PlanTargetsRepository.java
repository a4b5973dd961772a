package org.gelplan.compliance.criterion;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanTargetsRepository extends MongoRepository<PlanTargetsDocument, String> {
}
