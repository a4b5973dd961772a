package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

import java.time.LocalDate;

/** Only facts that already happened are recorded: their date may not lie after today (America/Bogota). */
public class DateInFuture extends DomainRuleViolation {

    public DateInFuture(String field, LocalDate date) {
        super(Kind.UNPROCESSABLE, "committee.date-in-future", field, date.toString());
    }
}
