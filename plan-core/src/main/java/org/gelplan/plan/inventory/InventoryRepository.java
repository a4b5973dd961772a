package org.gelplan.plan.inventory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InventoryRepository extends MongoRepository<InventoryDocument, String> {
}
