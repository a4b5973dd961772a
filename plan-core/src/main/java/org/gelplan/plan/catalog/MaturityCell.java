package org.gelplan.plan.catalog;

import java.util.Objects;

/**
 * One level (or pair of levels) of a {@link MaturityGrid}, e.g. "Bajo Medio" of the "ETAPAS DE
 * TRÁMITES" grid. An entity may mark it; a blank cell means "not assessed".
 *
 * @param code     stable readable code, e.g. {@code INT-ETR-BM}
 * @param name     the cell's label as the source writes it, e.g. "Bajo Medio"
 * @param gridCode the grid it belongs to, e.g. {@code INT-ETR}
 */
public record MaturityCell(String code, String name, String gridCode) {

    public MaturityCell {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gridCode, "gridCode");
    }
}
