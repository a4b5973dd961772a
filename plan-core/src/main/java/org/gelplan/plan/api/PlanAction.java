package org.gelplan.plan.api;

import java.util.List;

/**
 * One action of Tabla 7, "Estructura del Plan de Acción" (the operational framework), with its
 * cells as lists of the lines the plan writes in them.
 *
 * @param name                 "Acción", e.g. "Reunión del comité GEL en el Orden Territorial"
 * @param benefits             "Beneficios para los ciudadanos"
 * @param managementIndicators "Indicadores de gestión" as written; each is also defined as an indicator
 * @param goals                "Metas" as written ("Mensual", "90%", "1 cada 2 días"), in the order of the cell
 * @param activities           "Actividades"
 * @param responsibles         "Responsables"
 * @param resources            "Recursos"
 * @param duration             "Tiempos" as written: "1 año", "4 años", "5 años"
 * @param notes                remarks about the source row (how a broken cell was read)
 */
public record PlanAction(String name, List<String> benefits, List<String> managementIndicators, List<String> goals,
                         List<String> activities, List<String> responsibles, List<String> resources, String duration,
                         List<String> notes) {

    public PlanAction {
        benefits = copy(benefits);
        managementIndicators = copy(managementIndicators);
        goals = copy(goals);
        activities = copy(activities);
        responsibles = copy(responsibles);
        resources = copy(resources);
        notes = copy(notes);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
