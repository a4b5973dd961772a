package org.gelplan.plan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Section A and Tablas 2–6 of the plan: the state of every catalog criterion when the plan was
 * adopted, which is the starting state of compliance.
 *
 * @param madeWith      who accompanied the diagnosis (e.g. the programme's delegate)
 * @param methodology   the methodology it followed
 * @param methodologyIssuer who issued that methodology
 * @param criteria      every criterion of the catalog, exactly once
 * @param categoryNotes answers the source gives on category lines (kept as notes, not criteria)
 * @param maturity      answered cells of the trámites/servicios maturity grids (blank = not assessed)
 */
public record Diagnosis(LocalDate date, String madeWith, String methodology, String methodologyIssuer,
                        List<DiagnosisAnswer> criteria,
                        List<DiagnosisAnswer> categoryNotes, List<DiagnosisAnswer> maturity) {

    public Diagnosis {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        categoryNotes = categoryNotes == null ? List.of() : List.copyOf(categoryNotes);
        maturity = maturity == null ? List.of() : List.copyOf(maturity);
    }
}
