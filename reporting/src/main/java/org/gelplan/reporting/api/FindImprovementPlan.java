package org.gelplan.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Query: an entity's plan de mejoramiento as of a day (findings recorded by then, actions open or
 * closed then, overdue judged against that day). The quarterly report asks it as of the quarter's last
 * day and known at the quarter's end, so that facts recorded later (even if dated earlier) never change it.
 *
 * @param knownAt only facts stored by this instant count; null: everything recorded so far
 */
public record FindImprovementPlan(String entityCode, LocalDate asOf, Instant knownAt) {

    /** Everything recorded so far, as of {@code asOf}. */
    public FindImprovementPlan(String entityCode, LocalDate asOf) {
        this(entityCode, asOf, null);
    }

    /** The answer: every finding and observation, oldest first, with the counts a report shows. */
    public record Answer(String entityCode, LocalDate asOf, List<FindingView> findings, int openActions,
                         int overdueActions) {
    }
}
