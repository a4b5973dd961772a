package org.gelplan.plan.catalog;

import java.util.List;

/**
 * A catalog file that cannot be used: malformed JSON, or data that breaks a catalog rule. The
 * message names the file and, for every problem, the phase, category and code concerned.
 */
public class InvalidCatalog extends RuntimeException {

    private final String sourceName;
    private final List<String> problems;

    public InvalidCatalog(String sourceName, List<String> problems) {
        super("Invalid catalog file " + sourceName + " (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "): " + String.join("; ", problems));
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource description) that was refused. */
    public String sourceName() {
        return sourceName;
    }

    /** One line per broken rule, each naming the entry it concerns. */
    public List<String> problems() {
        return problems;
    }
}
