package org.gelplan.reporting.findings;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ImprovementPlanRepository extends MongoRepository<ImprovementPlanDocument, String> {
}
