package org.gelplan.plan.api;

/**
 * Imports an entity's trámites and servicios inventory from CSV or XLSX, all or nothing, for callers
 * that are not the REST controller (the web pages): the same reader, rules and command as
 * {@code POST /api/v1/inventories/{entityCode}/import}.
 */
public interface InventoryFiles {

    /** How many items the file held and how many changes were recorded (identical items record nothing). */
    record Imported(int items, int recorded) {
    }

    /**
     * @param workbook true for an XLSX workbook, false for CSV
     * @throws PlanFileRefused for a file with problems, listing every one at {@code inventario/<row>/<column>}
     */
    Imported importFile(String entityCode, byte[] content, boolean workbook);
}
