package org.gelplan.committee.rules;

import org.gelplan.committee.api.DateInFuture;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.RequiredField;

import java.time.LocalDate;
import java.util.Collection;

/** Checks shared by the committee's rules: required values, and dates of facts that already happened. */
final class Facts {

    private Facts() {
    }

    static <T> T required(String field, T value) {
        if (value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> items && items.isEmpty())) {
            throw new RequiredField(field);
        }
        return value;
    }

    /** A fact's date: required, and not after today (America/Bogota). */
    static LocalDate happened(String field, LocalDate date, LocalDate today) {
        required(field, date);
        if (date.isAfter(today)) {
            throw new DateInFuture(field, date);
        }
        return date;
    }

    static void notBeforeConstitution(String field, LocalDate date, LocalDate constitutedOn) {
        if (date.isBefore(constitutedOn)) {
            throw new DateOutOfOrder("committee.before-constitution", field, date.toString(), constitutedOn.toString());
        }
    }
}
