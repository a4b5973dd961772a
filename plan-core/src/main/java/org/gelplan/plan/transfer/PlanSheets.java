package org.gelplan.plan.transfer;

import java.util.List;
import java.util.Set;

/**
 * The workbook layout of a plan file: a {@code plan} sheet of field/value rows, a {@code diagnosis}
 * sheet of answers, and one sheet per table with a header row of field names (nested fields
 * dotted: {@code target.value}). A cell holding a list has one entry per line.
 */
final class PlanSheets {

    static final String PLAN = "plan";
    static final String DIAGNOSIS = "diagnosis";
    static final List<String> PLAN_HEADER = List.of("field", "value");
    static final Set<String> PLAN_LISTS = Set.of("resolution.notes", "preliminaryCommitments", "specificObjectives", "actionLines");
    static final List<String> DIAGNOSIS_LISTS = List.of("criteria", "categoryNotes", "maturity");
    static final List<String> DIAGNOSIS_HEADER = List.of("list", "code", "answer", "targetDate");

    /** A sheet of one of the plan's tables. */
    record Table(String name, List<String> columns, Set<String> lists) {
    }

    static final List<Table> TABLES = List.of(
            new Table("projects", List.of("id", "axis", "strategicLine", "name", "goals", "resultIndicator", "phase",
                    "phaseCriteria", "notes"), Set.of("goals", "notes")),
            new Table("actions", List.of("id", "name", "benefits", "managementIndicators", "goals", "activities",
                    "responsibles", "resources", "duration", "notes"),
                    Set.of("benefits", "managementIndicators", "goals", "activities", "responsibles", "resources", "notes")),
            new Table("indicators", List.of("id", "name", "kind", "direction", "target.value", "target.level",
                    "target.unit", "target.text", "period", "owner", "projectId", "actionId", "formula",
                    "ratio.numerator", "ratio.denominator", "ratio.fixedDenominator", "ratio.partOfWhole", "scale",
                    "derived", "source", "startsOn"), Set.of("scale")));

    private PlanSheets() {
    }
}
