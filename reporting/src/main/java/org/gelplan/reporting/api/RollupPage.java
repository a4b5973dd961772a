package org.gelplan.reporting.api;

import java.time.LocalDate;
import java.util.List;

/** One page of the rollup: {@code totalEntities} counts every entity of the department (or country) in scope. */
public record RollupPage(String department, LocalDate asOf, int page, int size, int totalEntities, int totalPages,
                         List<RollupEntity> entities) {
}
