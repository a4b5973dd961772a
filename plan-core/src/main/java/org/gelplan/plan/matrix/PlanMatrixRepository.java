package org.gelplan.plan.matrix;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanMatrixRepository extends MongoRepository<PlanMatrixDocument, String> {
}
