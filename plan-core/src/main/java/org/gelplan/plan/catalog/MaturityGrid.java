package org.gelplan.plan.catalog;

import java.util.List;
import java.util.Objects;
import org.gelplan.plan.api.Phase;

/**
 * A Bajo/Medio/Alto maturity scale of a phase (the "etapas de trámites/servicios" of Interacción,
 * the trámites, servicios and "flujos y sistemas de información" levels of Transacción and
 * Transformación). Recorded and shown, but never part of the phase's compliance percentage.
 *
 * @param code  stable readable code, e.g. {@code INT-ETR}
 * @param name  the grid's heading as the source writes it, e.g. "ETAPAS DE TRÁMITES"
 * @param phase the phase it belongs to
 * @param cells its cells, in the source's order
 */
public record MaturityGrid(String code, String name, Phase phase, List<MaturityCell> cells) {

    public MaturityGrid {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        cells = List.copyOf(cells);
    }
}
