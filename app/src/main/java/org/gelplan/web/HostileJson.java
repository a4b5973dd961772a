package org.gelplan.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rule for hostile input (SPEC §4, "Mongo operators in strings"): no object key may start with
 * {@code $} or contain {@code .} (Mongo reads them as operators and field paths), and no string may
 * start, after blanks, with {@code $} and a letter ({@code "$ne"}, {@code " $where"}). Amounts such
 * as {@code "$ 5.000"} or {@code "$5000"} pass. It applies to every body and query parameter, so no
 * request record, map or free-form JSON has to remember it.
 */
final class HostileJson {

    private static final Pattern OPERATOR = Pattern.compile("^\\s*\\$[A-Za-z]+");

    private HostileJson() {
    }

    static boolean isForbiddenKey(String key) {
        return key.startsWith("$") || key.contains(".");
    }

    static boolean looksLikeOperator(String value) {
        return OPERATOR.matcher(value).find();
    }

    /** Throws {@link HostileInput} naming, as a JSON Pointer, the first offending key or string. */
    static void check(JsonNode node) {
        check(node, "");
    }

    private static void check(JsonNode node, String pointer) {
        if (node.isTextual()) {
            if (looksLikeOperator(node.textValue())) {
                throw new HostileInput(HostileInput.Kind.OPERATOR_VALUE, pointer.isEmpty() ? "/" : pointer);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + escape(field.getKey());
                if (isForbiddenKey(field.getKey())) {
                    throw new HostileInput(HostileInput.Kind.FORBIDDEN_KEY, child);
                }
                check(field.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), pointer + "/" + i);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
