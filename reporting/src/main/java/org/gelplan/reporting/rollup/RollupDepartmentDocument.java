package org.gelplan.reporting.rollup;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Set;
import java.util.TreeSet;

/**
 * The entities of one department that have a plan, and which of them are synthetic, so that a page is
 * found by {@code _id} lookups alone: the department documents give the codes, and only the page's
 * entities are read, with one {@code $in} on {@code _id} — the only queries the embedded store answers
 * without scanning (docs/adr/0009).
 */
@Document("rollup_departments")
record RollupDepartmentDocument(@Id String code, String name, Set<String> entities, Set<String> synthetic) {

    RollupDepartmentDocument with(String daneCode, boolean isSynthetic) {
        Set<String> all = new TreeSet<>(entities);
        all.add(daneCode);
        Set<String> made = new TreeSet<>(synthetic);
        if (isSynthetic) {
            made.add(daneCode);
        } else {
            made.remove(daneCode);
        }
        return new RollupDepartmentDocument(code, name, all, made);
    }
}
