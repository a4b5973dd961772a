package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryShares;
import org.gelplan.plan.api.InventoryView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryHistoryTest {

    static InventoryItem tramite(String code, String listedOn, String publishedOn, String automatedOn) {
        return new InventoryItem(code, InventoryItemKind.TRAMITE, "Trámite " + code, null, LocalDate.parse(listedOn),
                publishedOn == null ? null : LocalDate.parse(publishedOn), automatedOn == null ? null : LocalDate.parse(automatedOn),
                null);
    }

    static InventoryView.Version version(InventoryItem item, String effectiveOn) {
        return new InventoryView.Version(LocalDate.parse(effectiveOn), item, null);
    }

    static InventoryItemDocument item(String code, InventoryView.Version... versions) {
        return new InventoryItemDocument(InventoryItemDocument.id("86001", code), code,
                Arrays.stream(versions).map(v -> new InventoryItemDocument.Recorded("e-" + code + v.effectiveOn(), v))
                        .toList());
    }

    // listed in another order than their codes': the view orders them
    private final InventoryHistory inventory = new InventoryHistory("86001", List.of(
            item("T-3", version(tramite("T-3", "2010-08-01", null, null), "2010-08-01"),
                    new InventoryView.Version(LocalDate.parse("2011-01-10"), null, "Suprimido")),
            item("T-1", version(tramite("T-1", "2010-01-04", "2010-03-01", null), "2010-01-04")),
            item("T-2", version(tramite("T-2", "2010-01-04", null, null), "2010-01-04"),
                    version(tramite("T-2", "2010-01-04", "2010-06-01", "2010-06-01"), "2010-06-01"))));

    @Test
    void countsWhatWasListedAndFlaggedByTheDay() {
        assertThat(inventory.on(LocalDate.parse("2010-02-01")).tramites()).isEqualTo(new InventoryShares(2, 0, 0, 0));
        assertThat(inventory.on(LocalDate.parse("2010-03-31")).tramites()).isEqualTo(new InventoryShares(2, 1, 0, 0));
        assertThat(inventory.on(LocalDate.parse("2010-12-31")).tramites()).isEqualTo(new InventoryShares(3, 2, 1, 0));
        assertThat(inventory.on(LocalDate.parse("2010-12-31")).tramites().publishedPercent()).isEqualByComparingTo("66.7");
    }

    @Test
    void aWithdrawnItemStopsCountingFromItsWithdrawalButKeepsItsHistory() {
        InventoryView view = inventory.on(LocalDate.parse("2011-12-31"));
        assertThat(view.tramites()).isEqualTo(new InventoryShares(2, 2, 1, 0));
        InventoryView.Entry withdrawn = view.items().stream().filter(e -> e.code().equals("T-3")).findFirst().orElseThrow();
        assertThat(withdrawn.current()).isNull();
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.parse("2011-01-10"));
        assertThat(withdrawn.history()).hasSize(2);
    }

    @Test
    void anEmptyKindHasNoPercentageRatherThanZero() {
        assertThat(inventory.on(LocalDate.parse("2011-12-31")).servicios().publishedPercent()).isNull();
        assertThat(new InventoryShares(4, 0, 0, 0).publishedPercent()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void listsTheItemsByCode() {
        assertThat(inventory.on(LocalDate.parse("2011-12-31")).items()).extracting(InventoryView.Entry::code)
                .containsExactly("T-1", "T-2", "T-3");
    }
}
