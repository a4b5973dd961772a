package org.gelplan.plan.api;

/**
 * The territorial entity that adopts a plan.
 *
 * @param daneCode       DANE code: 5 digits for a municipality (Mocoa: 86001), 2 for a department
 * @param name           e.g. "Mocoa"
 * @param department     the department's name, e.g. "Putumayo"
 * @param departmentCode the department's DANE code, e.g. "86"
 */
public record TerritorialEntity(String daneCode, String name, String department, String departmentCode) {
}
