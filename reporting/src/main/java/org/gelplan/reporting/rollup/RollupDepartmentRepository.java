package org.gelplan.reporting.rollup;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RollupDepartmentRepository extends MongoRepository<RollupDepartmentDocument, String> {
}
