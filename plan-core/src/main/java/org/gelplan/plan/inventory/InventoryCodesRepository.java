package org.gelplan.plan.inventory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InventoryCodesRepository extends MongoRepository<InventoryCodesDocument, String> {
}
