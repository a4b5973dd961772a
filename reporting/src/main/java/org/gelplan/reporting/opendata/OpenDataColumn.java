package org.gelplan.reporting.opendata;

/**
 * One column of an open-data set: its name (CSV header and JSON key), its type ({@code string},
 * {@code integer}, {@code number}, {@code boolean}, {@code date} as ISO {@code YYYY-MM-DD}) and what it means.
 */
record OpenDataColumn(String name, String type, String description) {
}
