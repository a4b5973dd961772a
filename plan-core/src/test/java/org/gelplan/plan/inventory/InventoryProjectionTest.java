package org.gelplan.plan.inventory;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.gelplan.core.InMemoryMongo;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItemChanged;
import org.gelplan.plan.api.InventoryItemListed;
import org.gelplan.plan.api.InventoryItemWithdrawn;
import org.gelplan.plan.api.InventoryShares;
import org.gelplan.plan.api.InventoryView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gelplan.plan.inventory.InventoryHistoryTest.tramite;

/** The inventory read model on an in-process store: one document per item, appended to atomically. */
class InventoryProjectionTest {

    private static final InventoryId MOCOA = InventoryId.of("86001");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final InventoryProjection projection = new InventoryProjection(mongo.repository(InventoryItemRepository.class),
            mongo.repository(InventoryCodesRepository.class), mongo.template());

    private final EventMessage<InventoryItemListed> listedB = message(new InventoryItemListed(MOCOA,
            tramite("T-B", "2010-01-04", null, null)));
    private final EventMessage<InventoryItemListed> listedA = message(new InventoryItemListed(MOCOA,
            tramite("T-A", "2010-01-04", null, null)));
    private final EventMessage<InventoryItemChanged> publishedB = message(new InventoryItemChanged(MOCOA,
            tramite("T-B", "2010-01-04", "2010-06-01", null), LocalDate.parse("2010-06-01"), "Publicado"));
    private final EventMessage<InventoryItemWithdrawn> withdrawnA = message(new InventoryItemWithdrawn(MOCOA, "T-A",
            LocalDate.parse("2011-01-10"), "Suprimido"));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void answersAnyDayFromTheVersionsOfEachItemInTheirOrder() {
        handleAll();

        InventoryView endOf2010 = projection.handle(new FindInventory("86001", LocalDate.parse("2010-12-31")));
        assertThat(endOf2010.items()).extracting(InventoryView.Entry::code).containsExactly("T-A", "T-B");
        assertThat(endOf2010.tramites()).isEqualTo(new InventoryShares(2, 1, 0, 0));
        assertThat(endOf2010.items().get(1).history()).extracting(InventoryView.Version::reason)
                .containsExactly(null, "Publicado");
        InventoryView endOf2011 = projection.handle(new FindInventory("86001", LocalDate.parse("2011-12-31")));
        assertThat(endOf2011.tramites()).isEqualTo(new InventoryShares(1, 1, 0, 0));
        assertThat(endOf2011.items().get(0).withdrawnOn()).isEqualTo(LocalDate.parse("2011-01-10"));
    }

    @Test
    void recordsEveryEventOnceHoweverOftenItComes() {
        handleAll();
        InventoryView once = projection.handle(new FindInventory("86001", LocalDate.parse("2011-12-31")));

        handleAll();
        projection.on(publishedB.getPayload(), publishedB);

        assertThat(projection.handle(new FindInventory("86001", LocalDate.parse("2011-12-31")))).isEqualTo(once);
        assertThat(mongo.template().getCollection("plan_inventory_items").countDocuments()).isEqualTo(2);
        assertThat(mongo.template().findAll(InventoryCodesDocument.class)).flatExtracting(InventoryCodesDocument::codes)
                .containsExactlyInAnyOrder("T-B", "T-A");
    }

    @Test
    void anEntityWithoutItemsHasAnEmptyInventoryAndAResetEmptiesIt() {
        assertThat(projection.handle(new FindInventory("86001", LocalDate.parse("2011-12-31"))).items()).isEmpty();
        handleAll();

        projection.reset();

        assertThat(projection.handle(new FindInventory("86001", LocalDate.parse("2011-12-31"))).items()).isEmpty();
        assertThat(projection.handle(new FindInventory("05001", LocalDate.parse("2011-12-31"))).items()).isEmpty();
    }

    @Test
    void spreadsAnEntitysCodesOverItsBucketsAndFindsThemAll() {
        for (int i = 0; i < 40; i++) {
            EventMessage<InventoryItemListed> listed = message(new InventoryItemListed(MOCOA,
                    tramite("T-" + i, "2010-01-04", null, null)));
            projection.on(listed.getPayload(), listed);
        }

        assertThat(projection.handle(new FindInventory("86001", LocalDate.parse("2010-12-31"))).items()).hasSize(40);
        var buckets = mongo.template().findAll(InventoryCodesDocument.class);
        assertThat(buckets).hasSizeGreaterThan(1).allSatisfy(bucket -> assertThat(bucket.codes())
                .allSatisfy(code -> assertThat(InventoryCodesDocument.id("86001", code)).isEqualTo(bucket.id())));
        assertThat(buckets).flatExtracting(InventoryCodesDocument::codes).hasSize(40);
    }

    @Test
    void aCodesBucketIsTheSameOnEveryJvmAndRelease() {
        // a stored read model is only found again if this never changes: "T-A".hashCode() is 82184, 8 mod 16
        assertThat(InventoryCodesDocument.id("86001", "T-A")).isEqualTo("86001#8");
        assertThat(InventoryCodesDocument.ids("86001")).hasSize(InventoryCodesDocument.BUCKETS)
                .contains("86001#0", "86001#15");
    }

    private void handleAll() {
        projection.on(listedB.getPayload(), listedB);
        projection.on(listedA.getPayload(), listedA);
        projection.on(publishedB.getPayload(), publishedB);
        projection.on(withdrawnA.getPayload(), withdrawnA);
    }

    private static <T> EventMessage<T> message(T payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
