package org.gelplan.plan.attainment;

import org.springframework.data.mongodb.repository.MongoRepository;

interface IndicatorIndexRepository extends MongoRepository<IndicatorIndexDocument, String> {
}
