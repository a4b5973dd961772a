package org.gelplan.reporting.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Query: an entity's plan de mejoramiento as of a day (findings recorded by then, actions open or
 * closed then, overdue judged against that day). For the quarterly report: ask it as of the quarter's
 * last day and list the findings that are {@code open}.
 */
public record FindImprovementPlan(String entityCode, LocalDate asOf) {

    /** The answer: every finding and observation, oldest first, with the counts a report shows. */
    public record Answer(String entityCode, LocalDate asOf, List<FindingView> findings, int openActions,
                         int overdueActions) {
    }
}
