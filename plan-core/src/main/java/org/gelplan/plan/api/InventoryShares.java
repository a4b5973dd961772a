package org.gelplan.plan.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Of the trámites (or servicios) in the inventory on a day, how many were published, automated and on
 * line, and the percentages Tabla 7 sets targets for (one decimal; {@code null} with nothing listed).
 */
public record InventoryShares(int listed, int published, int automated, int online) {

    public BigDecimal publishedPercent() {
        return percent(published);
    }

    public BigDecimal automatedPercent() {
        return percent(automated);
    }

    public BigDecimal onlinePercent() {
        return percent(online);
    }

    private BigDecimal percent(int part) {
        return listed == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(listed), 1, RoundingMode.HALF_UP);
    }
}
