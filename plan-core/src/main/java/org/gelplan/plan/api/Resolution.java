package org.gelplan.plan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The administrative act that adopts the plan, e.g. Resolución 001143 of 2009-09-21.
 *
 * @param title the resolution's "Por medio de la cual..." line
 * @param notes remarks about the source document itself (e.g. page stamps that disagree on the date)
 */
public record Resolution(String number, LocalDate date, String title, String signatory, String signatoryPosition,
                         List<String> notes) {

    public Resolution {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
