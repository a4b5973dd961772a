package org.gelplan.plan.summary;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanSummaryRepository extends MongoRepository<PlanSummaryDocument, String> {
}
