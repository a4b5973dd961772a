package org.gelplan.plan.transfer;

import java.util.List;

/** A plan file with problems: it was not imported, and nothing was recorded. */
class InvalidPlanFile extends RuntimeException {

    /** A problem with its place in the file as the user sees it, e.g. {@code indicators/5/target.value}. */
    record Located(String location, PlanFileProblem problem) {
    }

    private final transient List<Located> problems;

    InvalidPlanFile(List<Located> problems) {
        super(problems.size() + " problems in the plan file");
        this.problems = List.copyOf(problems);
    }

    List<Located> problems() {
        return problems;
    }
}
