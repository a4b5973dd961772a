package org.gelplan.plan.api;

import java.util.List;

/**
 * What an indicator measures and what it aims at.
 *
 * @param name      as the plan writes it, e.g. "Cantidad de quejas recibidas"
 * @param period    how often it is measured; a measurement's period must be one of these
 * @param owner     who answers for it (the plan's "Responsables")
 * @param project   the Tabla 1 project it belongs to, or {@code null}
 * @param action    the Tabla 7 action it belongs to, or {@code null}; exactly one of the two is set
 * @param formula   the plan's own text for it, e.g. "No de beneficiados / 80 x 100"
 * @param ratio     for RATIO only: its numerator and denominator
 * @param scale     for QUALITATIVE only: the levels, worst first, e.g. Deficiente … Excelente
 * @param derived   computed by the system from other events (criteria, meetings, trámites), never measured by hand
 * @param source    for derived indicators: what it is computed from, e.g. {@code compliance.phase-percent:INFORMACION}
 */
public record IndicatorDefinition(String name, IndicatorKind kind, Direction direction, Target target,
                                  Periodicity period, String owner, ProjectId project, ActionId action,
                                  String formula, Ratio ratio, List<String> scale, boolean derived, String source) {

    public IndicatorDefinition {
        scale = scale == null ? List.of() : List.copyOf(scale);
    }
}
