package org.gelplan.plan.transfer;

import org.gelplan.core.DomainRuleViolation;

import java.util.Arrays;

/**
 * One thing wrong in a plan file: where (a JSON pointer into the file's tree, e.g.
 * {@code /indicators/3/target/value}, turned into a sheet/row/field location by the file's reader),
 * and what, as message codes and arguments resolved in the caller's language.
 *
 * @param codes          message bundle codes, most specific first (Bean Validation's, or {@code problem.<rule>.detail})
 * @param defaultMessage the text when no code resolves
 */
record PlanFileProblem(String pointer, String[] codes, Object[] arguments, String defaultMessage) {

    static PlanFileProblem of(String pointer, String key, String... arguments) {
        return new PlanFileProblem(pointer, new String[]{"problem." + key + ".detail"}, arguments, key);
    }

    static PlanFileProblem of(String pointer, DomainRuleViolation violation) {
        return of(pointer, violation.messageKey(), Arrays.stream(violation.arguments()).map(String::valueOf)
                .toArray(String[]::new));
    }
}
