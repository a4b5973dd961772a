package org.gelplan.reporting.rollup;

import org.gelplan.core.DomainRuleViolation;

/** A rollup request names no department (two digits) or asks for an impossible page. */
final class InvalidRollupRequest extends DomainRuleViolation {

    private InvalidRollupRequest(String key, Object... arguments) {
        super(Kind.UNPROCESSABLE, key, arguments);
    }

    static InvalidRollupRequest department(String department) {
        return new InvalidRollupRequest("rollup.invalid-department", department);
    }

    static InvalidRollupRequest page(int page, int size, int maxSize) {
        return new InvalidRollupRequest("rollup.invalid-page", String.valueOf(page), String.valueOf(size),
                String.valueOf(maxSize));
    }
}
