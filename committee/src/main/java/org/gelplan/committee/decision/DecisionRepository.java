package org.gelplan.committee.decision;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DecisionRepository extends MongoRepository<DecisionDocument, String> {
}
