package org.gelplan.plan.attainment;

import org.springframework.data.mongodb.repository.MongoRepository;

interface IndicatorHistoryRepository extends MongoRepository<IndicatorHistoryDocument, String> {
}
