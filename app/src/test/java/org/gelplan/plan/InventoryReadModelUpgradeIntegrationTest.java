package org.gelplan.plan;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryView;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.testsupport.GelPlanNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * A store written before the inventory's codes were bucketed (session 11) has no token for the renamed group
 * and no bucket documents: its first start replays every inventory event into them, and the inventory reads
 * as before.
 */
class InventoryReadModelUpgradeIntegrationTest {

    private static final String ENTITY = "89501";
    private static final String GROUP = "plan-inventory-code-buckets";

    @Test
    void aStoreWithoutTheBucketedCodesBuildsThemOnItsFirstStart(@TempDir Path dataDir) throws InterruptedException {
        String[] properties = {"gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0", "gelplan.demo.enabled=false"};
        List<String> listed = List.of("T-1", "T-2", "T-3", "S-1", "S-2");
        try (GelPlanNode node = GelPlanNode.start(properties)) {
            var metaData = AuditMetaData.of(new Actor("upgrade-test", Set.of(Role.COMMITTEE_MEMBER), EntityScope.of("*")));
            for (String code : listed) {
                node.bean(CommandGateway.class).sendAndWait(asCommandMessage(new ListInventoryItem(InventoryId.of(ENTITY),
                        new InventoryItem(code, InventoryItemKind.TRAMITE, "Trámite " + code, "Secretaría de Gobierno",
                                LocalDate.of(2010, 1, 4), null, null, null))).andMetaData(metaData));
            }
            node.awaitProjections();
            assertThat(codes(node)).containsExactlyInAnyOrderElementsOf(listed);
        }

        forgetTheBucketedReadModel(dataDir);

        try (GelPlanNode restarted = GelPlanNode.start(properties)) {
            restarted.awaitProjections();
            assertThat(codes(restarted)).containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    /** What a store of the release before looks like: the old group's list of codes, none of the new group. */
    private static void forgetTheBucketedReadModel(Path dataDir) {
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString("gelplan").getConnectionString())) {
            MongoDatabase database = client.getDatabase("gelplan");
            database.getCollection("plan_inventory_code_buckets").drop();
            assertThat(database.getCollection("trackingtokens")
                    .deleteMany(Filters.eq("processorName", GROUP)).getDeletedCount()).isPositive();
            database.getCollection("plan_inventory_codes").insertOne(new Document("_id", ENTITY)
                    .append("codes", List.of("T-1", "T-2", "T-3", "S-1", "S-2")));
        }
    }

    private static List<String> codes(GelPlanNode node) {
        InventoryView view = node.bean(QueryGateway.class).query(new FindInventory(ENTITY, LocalDate.of(2011, 12, 31)),
                ResponseTypes.instanceOf(InventoryView.class)).join();
        return view.items().stream().map(InventoryView.Entry::code).toList();
    }
}
