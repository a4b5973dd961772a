package org.gelplan.reporting.publication;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReportIndexRepository extends MongoRepository<ReportIndexDocument, String> {
}
