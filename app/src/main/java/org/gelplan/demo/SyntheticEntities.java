package org.gelplan.demo;

import org.gelplan.plan.api.TerritorialEntity;

import java.util.ArrayList;
import java.util.List;

/**
 * Made-up territorial entities spread over Colombia's real departments roughly as its 1,102
 * municipalities are (Antioquia most, Guainía least). Their municipal numbers run from 901 to 999,
 * which DIVIPOLA assigns to no municipality, so a synthetic code (e.g. {@code 86901}) never names a
 * real entity, and their names say "sintético". The n-th entity is the same whatever the count.
 */
final class SyntheticEntities {

    static final int FIRST_NUMBER = 901;
    static final int PER_DEPARTMENT = 99;

    /** DANE code, name and number of municipalities of each department (and Bogotá D.C.). */
    private static final Object[][] DEPARTMENTS = {
            {"05", "Antioquia", 125}, {"08", "Atlántico", 23}, {"11", "Bogotá D.C.", 1}, {"13", "Bolívar", 46},
            {"15", "Boyacá", 123}, {"17", "Caldas", 27}, {"18", "Caquetá", 16}, {"19", "Cauca", 42},
            {"20", "Cesar", 25}, {"23", "Córdoba", 30}, {"25", "Cundinamarca", 116}, {"27", "Chocó", 30},
            {"41", "Huila", 37}, {"44", "La Guajira", 15}, {"47", "Magdalena", 30}, {"50", "Meta", 29},
            {"52", "Nariño", 64}, {"54", "Norte de Santander", 40}, {"63", "Quindío", 12}, {"66", "Risaralda", 14},
            {"68", "Santander", 87}, {"70", "Sucre", 26}, {"73", "Tolima", 47}, {"76", "Valle del Cauca", 42},
            {"81", "Arauca", 7}, {"85", "Casanare", 19}, {"86", "Putumayo", 13}, {"88", "San Andrés", 2},
            {"91", "Amazonas", 2}, {"94", "Guainía", 1}, {"95", "Guaviare", 4}, {"97", "Vaupés", 3},
            {"99", "Vichada", 4}};

    /** At most this many synthetic entities exist: 99 numbers in each of the 33 departments. */
    static final int MAX = DEPARTMENTS.length * PER_DEPARTMENT;

    private SyntheticEntities() {
    }

    /**
     * The first {@code count} synthetic entities. Departments take turns, each as long as it has
     * municipalities left in reality, then as long as it has numbers left (for counts above 1,102).
     */
    static List<TerritorialEntity> first(int count) {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException("between 0 and " + MAX + " synthetic entities: " + count);
        }
        int[] taken = new int[DEPARTMENTS.length];
        List<TerritorialEntity> entities = new ArrayList<>(count);
        for (int pass = 0; pass < 2 && entities.size() < count; pass++) {
            boolean added = true;
            while (added && entities.size() < count) {
                added = false;
                for (int d = 0; d < DEPARTMENTS.length && entities.size() < count; d++) {
                    int quota = pass == 0 ? Math.min(PER_DEPARTMENT, (int) DEPARTMENTS[d][2]) : PER_DEPARTMENT;
                    if (taken[d] < quota) {
                        entities.add(entity(d, taken[d]++));
                        added = true;
                    }
                }
            }
        }
        return entities;
    }

    /** Whether a DANE code is one of these made-up ones. */
    static boolean isSynthetic(String daneCode) {
        return daneCode != null && daneCode.matches("\\d{5}") && Integer.parseInt(daneCode.substring(2)) >= FIRST_NUMBER;
    }

    private static TerritorialEntity entity(int department, int index) {
        String departmentCode = (String) DEPARTMENTS[department][0];
        String departmentName = (String) DEPARTMENTS[department][1];
        int number = FIRST_NUMBER + index;
        return new TerritorialEntity(departmentCode + number, "Municipio sintético " + departmentCode + "-" + number,
                departmentName, departmentCode);
    }
}
