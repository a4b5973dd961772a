package org.gelplan.reporting.rollup;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.EntityScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.OutOfScope;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.FindRollup;
import org.gelplan.reporting.api.RollupPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * The multi-entity rollup for a department ({@code ?department=86}) or the country: any signed-in role
 * reads it, limited to the entities of the caller's scope (docs/adr/0009).
 */
@RestController
class RollupController {

    static final int MAX_SIZE = 200;
    private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}");

    private final QueryGateway queries;
    private final Clock clock;

    RollupController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/rollup")
    @PreAuthorize("isAuthenticated()")
    RollupPage rollup(@RequestParam(required = false) String department,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                      @RequestParam(required = false) Boolean synthetic) {
        if (department != null && !DEPARTMENT.matcher(department).matches()) {
            throw InvalidRollupRequest.department(department);
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw InvalidRollupRequest.page(page, size, MAX_SIZE);
        }
        EntityScope scope = CurrentScope.get();
        if (department != null && !reaches(scope, department)) {
            throw new OutOfScope(department);
        }
        return QueryResults.await(queries.query(new FindRollup(department, scope, GelTime.today(clock), page, size,
                synthetic), ResponseTypes.instanceOf(RollupPage.class)));
    }

    /** Whether the scope covers the department or any municipality in it. */
    private static boolean reaches(EntityScope scope, String department) {
        return scope.covers(department) || scope.entries().stream().anyMatch(entry -> entry.startsWith(department));
    }
}
