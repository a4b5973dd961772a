package org.gelplan.reporting.evidence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface EvidenceFolderRepository extends MongoRepository<EvidenceFolderDocument, String> {
}
