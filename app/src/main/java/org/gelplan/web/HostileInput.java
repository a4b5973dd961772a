package org.gelplan.web;

/**
 * Input shaped like a MongoDB query rather than data: a key that Mongo would read as an operator
 * or a field path, or a string that starts like an operator. Refused with 400 before any binding.
 */
public class HostileInput extends RuntimeException {

    /** What was found, and the problem key it is answered with. */
    public enum Kind {
        FORBIDDEN_KEY("request.forbidden-key"),
        OPERATOR_VALUE("request.operator-value");

        private final String problemKey;

        Kind(String problemKey) {
            this.problemKey = problemKey;
        }

        public String problemKey() {
            return problemKey;
        }
    }

    private final Kind kind;
    private final String location;

    public HostileInput(Kind kind, String location) {
        super(kind + " at " + location);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    /** A JSON Pointer into the body ({@code /evidence/description}) or a query parameter name. */
    public String location() {
        return location;
    }
}
