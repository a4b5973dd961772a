package org.gelplan.committee.membership;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CommitteeRepository extends MongoRepository<CommitteeDocument, String> {
}
