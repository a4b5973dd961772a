package org.gelplan.plan.api;

/**
 * Imports a whole plan file (YAML or XLSX, as exported), all or nothing, for callers that are not the
 * REST controller (the web pages). The file is checked whole first: any problem refuses it with
 * {@link PlanFileRefused} listing every problem, and nothing is recorded.
 */
public interface PlanFiles {

    /** The plan the file describes and how many of its items were recorded now or were already there. */
    record Imported(String planId, int recorded, int alreadyThere) {
    }

    /**
     * @param workbook true for an XLSX workbook, false for YAML
     * @throws PlanFileRefused for a file with problems
     * @throws org.gelplan.core.DomainRuleViolation for a file that cannot be read at all
     */
    Imported importFile(byte[] content, boolean workbook);
}
