package org.gelplan.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What a hostile or careless client sends: malformed JSON, wrong types, huge strings and arrays,
 * MongoDB operators and {@code $}/{@code .} keys, regular-expression metacharacters, script in text,
 * invalid UTF-8, and ids that try to leave their path segment.
 */
final class HostileInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Field names of the API's request bodies, so that generated bodies come close to valid ones. */
    private static final List<String> FIELDS = List.of("scheduledFor", "agenda", "reason", "fulfilledOn", "evidence",
            "description", "url", "documentRef", "period", "value", "numerator", "denominator", "level", "source",
            "heldOn", "present", "delegate", "minutes", "agendaCovered", "newTargetDate", "decisionId", "atMeeting",
            "completedOn", "text", "votesFor", "votesAgainst", "abstentions", "subjects", "responsible", "dueDate",
            "position", "personName", "roles", "note", "effectiveOn", "entity", "resolution", "diagnosis", "id",
            "name", "kind", "direction", "target", "formula", "actionId", "projectId", "members", "constitutedOn");

    static final List<String> NASTY_TEXTS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "$where", "$ne", "{\"$gt\":\"\"}", ".*", "^(a+)+$", "[", "\\", "(?i)", "a|b", "%00", "\u0000", "\uFFFF",
            "../../etc/passwd", "..\\..\\windows", "'; db.dropDatabase(); '", "${jndi:ldap://x/a}", "#{7*7}",
            "\uD83D\uDE00", "\u202Eevil", "2010-02-30", "9999-99-99", "-1", "1e999999", "NaN", "null", "true", " ",
            "$ 5.000.000", "86001-R001", "86001-M01", "INF-NORM-02", "2011-01");

    private HostileInputs() {
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of(NASTY_TEXTS), Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.integers().between(900, 5000).map("x"::repeat));
    }

    /** A JSON value of any type, sometimes nested, sometimes with operator or dotted keys. */
    static Arbitrary<Object> values(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(texts().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast), Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast), Arbitraries.just(null),
                Arbitraries.of("2010-08-27", "2011-01", "86001-M01").map(Object.class::cast));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar),
                net.jqwik.api.Tuple.of(2, values(depth - 1).list().ofMaxSize(4).map(Object.class::cast)),
                net.jqwik.api.Tuple.of(2, objects(depth - 1).map(Object.class::cast)));
    }

    static Arbitrary<Map<String, Object>> objects(int depth) {
        Arbitrary<String> keys = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.of(FIELDS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("$where", "$gt", "$set", "a.b", "evidence.url", "$regex", "")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        return Arbitraries.maps(keys, values(depth)).ofMaxSize(6).map(LinkedHashMap::new);
    }

    /** Request bodies as bytes: JSON of the wrong shape or type, malformed JSON, huge input, invalid UTF-8. */
    static Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> json = objects(2).map(HostileInputs::json).map(HostileInputs::utf8);
        Arbitrary<byte[]> malformed = Arbitraries.of("{", "{\"reason\":", "[1,2", "nul", "{\"a\":1}}", "{'a':1}",
                "{\"reason\":\"x\",}", "\"$expr\"", "[]", "{}", "0", "{\"reason\":\"\\ud800\"}", "[".repeat(40))
                .map(HostileInputs::utf8);
        Arbitrary<byte[]> huge = Arbitraries.oneOf(
                Arbitraries.integers().between(1_000, 3_000_000)
                        .map(n -> "{\"reason\":\"" + "a".repeat(n) + "\",\"agenda\":[\"x\"]}"),
                Arbitraries.integers().between(100, 200_000)
                        .map(n -> "{\"agenda\":[" + "\"x\",".repeat(n) + "\"x\"],\"scheduledFor\":\"2010-08-27\"}"))
                .map(HostileInputs::utf8);
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(new byte[]{'{', '"', 'r', 'e', 'a', 's', 'o', 'n', '"', ':', '"',
                (byte) 0xC3, (byte) 0x28, '"', '}'}, new byte[]{(byte) 0xFF, (byte) 0xFE, '{', '}'},
                new byte[]{'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'});
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, json), net.jqwik.api.Tuple.of(2, malformed),
                net.jqwik.api.Tuple.of(1, huge), net.jqwik.api.Tuple.of(1, invalidUtf8),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new byte[0])));
    }

    /** A path segment: a plausible id or one that tries to be an operator, a pattern or another path. */
    static Arbitrary<String> ids(String plausible) {
        Arbitrary<String> raw = Arbitraries.oneOf(Arbitraries.just(plausible), texts(),
                Arbitraries.of("..", ".", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2F", "%00", "%C3%28", "%E0%80",
                        "86001-2009;jsessionid=x", "%3Bdrop").map(encoded -> "\u0001" + encoded));
        return raw.map(HostileInputs::segment);
    }

    static Arbitrary<String> contentTypes() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(8, "application/json"),
                net.jqwik.api.Tuple.of(1, "text/plain"), net.jqwik.api.Tuple.of(1, "application/yaml"),
                net.jqwik.api.Tuple.of(1, "application/json; charset=ISO-8859-1"));
    }

    static Arbitrary<String> queries() {
        return Combinators.combine(Arbitraries.of("asOf", "knownAt", "status", "phase", "on", "from", "to", "format",
                "status[$ne]", "$where", "a.b"), texts()).as((name, value) -> "?" + encode(name) + "=" + encode(value));
    }

    // "\u0001" marks segments given already percent-encoded.
    private static String segment(String id) {
        return id.startsWith("\u0001") ? id.substring(1) : encode(id);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
