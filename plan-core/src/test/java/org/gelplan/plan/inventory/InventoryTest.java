package org.gelplan.plan.inventory;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.ChangeInventoryItem;
import org.gelplan.plan.api.ImportInventory;
import org.gelplan.plan.api.InvalidInventoryItem;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemAlreadyListed;
import org.gelplan.plan.api.InventoryItemChanged;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryItemListed;
import org.gelplan.plan.api.InventoryItemNotFound;
import org.gelplan.plan.api.InventoryItemWithdrawn;
import org.gelplan.plan.api.InventoryItemWithdrawnAlready;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.plan.api.WithdrawInventoryItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

class InventoryTest {

    static final InventoryId MOCOA = InventoryId.of("86001");
    static final LocalDate TODAY = LocalDate.of(2011, 6, 15);
    static final InventoryItem LICENSE = new InventoryItem("T-001", InventoryItemKind.TRAMITE, "Licencia de construcción",
            "Secretaría de Planeación", LocalDate.of(2010, 1, 4), null, null, null);
    static final InventoryItem LICENSE_PUBLISHED = new InventoryItem("T-001", InventoryItemKind.TRAMITE,
            "Licencia de construcción", "Secretaría de Planeación", LocalDate.of(2010, 1, 4), LocalDate.of(2010, 5, 2), null, null);
    static final InventoryItem LIBRARY = new InventoryItem("S-001", InventoryItemKind.SERVICIO, "Biblioteca pública",
            "Secretaría de Educación", LocalDate.of(2010, 1, 4), LocalDate.of(2010, 1, 4), null, null);

    private FixtureConfiguration<Inventory> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Inventory.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(12, 0).atZone(GelTime.ZONE).toInstant(), GelTime.ZONE));
    }

    @Test
    void listsAnItemOpeningTheInventory() {
        fixture.givenNoPriorActivity()
                .when(new ListInventoryItem(MOCOA, LICENSE))
                .expectEvents(new InventoryItemListed(MOCOA, LICENSE));
    }

    @Test
    void rejectsListingACodeTwice() {
        fixture.given(new InventoryItemListed(MOCOA, LICENSE))
                .when(new ListInventoryItem(MOCOA, LICENSE_PUBLISHED))
                .expectException(InventoryItemAlreadyListed.class);
    }

    @Test
    void rejectsFlagsDatedInTheFuture() {
        InventoryItem tomorrow = new InventoryItem("T-002", InventoryItemKind.TRAMITE, "Impuesto predial", null,
                LocalDate.of(2010, 1, 4), null, TODAY.plusDays(1), null);
        fixture.givenNoPriorActivity()
                .when(new ListInventoryItem(MOCOA, tomorrow))
                .expectException(InvalidInventoryItem.class);
    }

    @Test
    void recordsAChangeWithItsEffectiveDayAndReason() {
        fixture.given(new InventoryItemListed(MOCOA, LICENSE))
                .when(new ChangeInventoryItem(MOCOA, LICENSE_PUBLISHED, LocalDate.of(2010, 5, 2), "Publicado en el sitio"))
                .expectEvents(new InventoryItemChanged(MOCOA, LICENSE_PUBLISHED, LocalDate.of(2010, 5, 2), "Publicado en el sitio"));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(new InventoryItemListed(MOCOA, LICENSE))
                .when(new ChangeInventoryItem(MOCOA, LICENSE, LocalDate.of(2010, 5, 2), "Sin cambios"))
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeDatedBeforeTheItemsLastChange() {
        fixture.given(new InventoryItemListed(MOCOA, LICENSE),
                        new InventoryItemChanged(MOCOA, LICENSE_PUBLISHED, LocalDate.of(2010, 5, 2), "Publicado"))
                .when(new ChangeInventoryItem(MOCOA, LICENSE, LocalDate.of(2010, 3, 1), "Corrección"))
                .expectException(InvalidInventoryItem.class);
    }

    @Test
    void rejectsChangingAnUnknownItem() {
        fixture.given(new InventoryItemListed(MOCOA, LIBRARY))
                .when(new ChangeInventoryItem(MOCOA, LICENSE, LocalDate.of(2010, 5, 2), "Publicado"))
                .expectException(InventoryItemNotFound.class);
    }

    @Test
    void withdrawsAnItemOnceAndNeverChangesItAfterwards() {
        fixture.given(new InventoryItemListed(MOCOA, LICENSE))
                .when(new WithdrawInventoryItem(MOCOA, "T-001", LocalDate.of(2011, 1, 10), "Suprimido por decreto"))
                .expectEvents(new InventoryItemWithdrawn(MOCOA, "T-001", LocalDate.of(2011, 1, 10), "Suprimido por decreto"));
        fixture.given(new InventoryItemListed(MOCOA, LICENSE),
                        new InventoryItemWithdrawn(MOCOA, "T-001", LocalDate.of(2011, 1, 10), "Suprimido"))
                .when(new ChangeInventoryItem(MOCOA, LICENSE_PUBLISHED, LocalDate.of(2011, 2, 1), "Publicado"))
                .expectException(InventoryItemWithdrawnAlready.class);
    }

    @Test
    void importListsNewItemsChangesChangedOnesAndSkipsIdenticalOnes() {
        InventoryItem newOne = new InventoryItem("T-002", InventoryItemKind.TRAMITE, "Impuesto predial", null,
                LocalDate.of(2011, 2, 1), null, null, null);
        fixture.given(new InventoryItemListed(MOCOA, LICENSE), new InventoryItemListed(MOCOA, LIBRARY))
                .when(new ImportInventory(MOCOA, List.of(LICENSE_PUBLISHED, LIBRARY, newOne), TODAY, "Importación"))
                .expectEvents(new InventoryItemChanged(MOCOA, LICENSE_PUBLISHED, TODAY, "Importación"),
                        new InventoryItemListed(MOCOA, newOne))
                .expectResultMessagePayload(2);
    }

    @Test
    void importWithOneBrokenItemRecordsNothing() {
        InventoryItem future = new InventoryItem("T-003", InventoryItemKind.TRAMITE, "Paz y salvo", null,
                TODAY.plusDays(3), null, null, null);
        fixture.given(new InventoryItemListed(MOCOA, LICENSE))
                .when(new ImportInventory(MOCOA, List.of(LICENSE_PUBLISHED, future), TODAY, "Importación"))
                .expectException(InvalidInventoryItem.class)
                .expectNoEvents();
    }

    @Test
    void importRejectsARepeatedCode() {
        fixture.givenNoPriorActivity()
                .when(new ImportInventory(MOCOA, List.of(LICENSE, LICENSE_PUBLISHED), TODAY, "Importación"))
                .expectException(InvalidInventoryItem.class);
    }
}
