package org.gelplan.reporting.publication;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReportVersionRepository extends MongoRepository<ReportDocument, String> {
}
