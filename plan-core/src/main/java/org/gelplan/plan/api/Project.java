package org.gelplan.plan.api;

import java.util.List;

/**
 * One row of Tabla 1, "Matriz de registro de proyectos", with its texts as the plan writes them.
 * Rows may be irregular and are kept so: a row may name no phase, or have two metas and two
 * result indicators in one cell.
 *
 * @param axis            "Ejes de Acción", e.g. "Mejores Servicios"
 * @param strategicLine   "Política o Línea Estratégica en el Ente Territorial", e.g. "gobierno para todos"
 * @param name            "Proyectos Identificados"
 * @param goals           "Metas": one entry per meta the row states
 * @param resultIndicator "Indicadores de Resultado": the formula text as written ("No de técnicas reconocidas /3 x 100")
 * @param phase           "Fase Asociada"; {@code null} where the row names none
 * @param phaseCriteria   "Criterios de la Fase": a free-text theme ("participación"), not a catalog code
 * @param notes           remarks about the source row (how an irregular cell was read)
 */
public record Project(String axis, String strategicLine, String name, List<String> goals, String resultIndicator,
                      Phase phase, String phaseCriteria, List<String> notes) {

    public Project {
        goals = goals == null ? List.of() : List.copyOf(goals);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
