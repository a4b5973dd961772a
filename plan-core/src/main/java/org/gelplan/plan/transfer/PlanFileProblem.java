package org.gelplan.plan.transfer;

import java.util.List;

/**
 * One thing wrong in a plan file, where it is and which rule it breaks.
 *
 * @param sheet      {@code plan}, {@code diagnosis}, {@code projects}, {@code actions} or {@code indicators}
 * @param row        the spreadsheet row (XLSX) or the 1-based position in the list (YAML); 0 for the plan sheet
 * @param field      the field, e.g. {@code target.value}; empty when the whole row breaks a rule
 * @param messageKey a bundle key for the text: a Bean Validation constraint or {@code problem.<rule>.detail}
 * @param arguments  the text's arguments, as strings
 */
record PlanFileProblem(String sheet, int row, String field, String messageKey, List<String> arguments) {

    /** Where it is, as one path: {@code indicators/12/target.value}. */
    String location() {
        String place = sheet + "/" + row;
        return field.isEmpty() ? place : place + "/" + field;
    }
}
