package org.gelplan.plan.api;

import org.springframework.context.MessageSourceResolvable;

import java.util.List;

/** A plan file refused whole: every problem with its place in the file ({@code sheet/row/field}) and its message. */
public class PlanFileRefused extends RuntimeException {

    /** One problem: where, and a message resolvable in the reader's language. */
    public record Problem(String location, String[] codes, Object[] arguments, String defaultMessage)
            implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return codes.clone();
        }

        @Override
        public Object[] getArguments() {
            return arguments.clone();
        }

        @Override
        public String getDefaultMessage() {
            return defaultMessage;
        }
    }

    private final transient List<Problem> problems;

    public PlanFileRefused(List<Problem> problems) {
        super(problems.size() + " problems in the plan file");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
