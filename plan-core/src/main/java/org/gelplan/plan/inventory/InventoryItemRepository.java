package org.gelplan.plan.inventory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InventoryItemRepository extends MongoRepository<InventoryItemDocument, String> {
}
