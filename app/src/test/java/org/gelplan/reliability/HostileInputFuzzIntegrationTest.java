package org.gelplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import org.gelplan.testsupport.GelPlanNode;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input against every API endpoint of the running application (read from its handler
 * mappings): never a 5xx, never HTML, always a problem or JSON, and nothing stored when a request
 * is refused; text that is accepted is stored and served back exactly as sent, inside JSON.
 * Tries per property come from {@code jqwik.tries.default} (junit-platform.properties); a long run:
 * {@code -Djqwik.tries.default=5000}.
 */
class HostileInputFuzzIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GelPlanNode node;
    private static ApiClient api;
    private static List<Endpoints.Endpoint> endpoints;

    @BeforeContainer
    static void start() throws Exception {
        node = GelPlanNode.start("gelplan.data-dir=" + Files.createTempDirectory("gelplan-fuzz"),
                "gelplan.embedded-mongo-port=0", "gelplan.demo.enabled=true");
        api = new ApiClient(URI.create("http://127.0.0.1:" + node.bean(Environment.class).getProperty("local.server.port")));
        node.awaitProjections();
        for (int i = 0; i < 600 && api.get("lider", "/api/v1/committees/86001").statusCode() != 200; i++) {
            Thread.sleep(200);
        }
        endpoints = Endpoints.of(node.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        assertThat(endpoints).as("API endpoints found").hasSizeGreaterThan(30);
    }

    @AfterContainer
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Property
    void hostileRequestsGetProblemsAndChangeNothing(@ForAll("requests") HostileRequest request) throws Exception {
        long before = storedCommits();

        HttpResponse<String> answer = api.sendBytes(request.user(), request.endpoint().method(), request.path(),
                request.contentType(), request.body());

        assertThat(answer.statusCode()).as("%s answered %s", request, answer.body()).isLessThan(500);
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        assertThat(contentType).as("%s", request).doesNotContain("html");
        if (!answer.body().isEmpty()) {
            assertThat(contentType).as("%s", request).containsAnyOf("json", "yaml", "spreadsheetml");
        }
        if (contentType.contains("json") && !answer.body().isEmpty()) {
            JSON.readTree(answer.body());
        }
        if (answer.statusCode() >= 300) {
            assertThat(storedCommits()).as("%s refused with %s but stored something", request, answer.statusCode())
                    .isEqualTo(before);
        }
    }

    @Property
    void acceptedTextIsStoredVerbatimAndServedInsideJson(@ForAll("texts") String text) throws Exception {
        long before = storedCommits();
        String body = JSON.writeValueAsString(java.util.Map.of("reason", text, "agenda", List.of(text),
                "scheduledFor", "2010-08-27"));

        HttpResponse<String> answer = api.send("miembro", "POST", "/api/v1/committees/86001/meetings", body, "-");

        assertThat(answer.statusCode()).as(answer.body()).isLessThan(500);
        if (answer.statusCode() != 201) {
            assertThat(storedCommits()).isEqualTo(before);
            return;
        }
        String meetingId = JSON.readTree(answer.body()).get("meetingId").asText();
        HttpResponse<String> served = api.get("miembro", "/api/v1/committees/86001/meetings/" + meetingId);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        JsonNode meeting = JSON.readTree(served.body());
        assertThat(meeting.get("agenda").get(0).asText()).as("sent %s", JSON.writeValueAsString(text)).isEqualTo(text);
    }

    @Provide
    Arbitrary<HostileRequest> requests() {
        return Arbitraries.of(endpoints).flatMap(endpoint -> {
            Arbitrary<List<String>> segments = endpoint.variables().isEmpty() ? Arbitraries.just(List.of())
                    : Combinators.combine(endpoint.variables().stream()
                            .map(variable -> HostileInputs.ids(Endpoints.plausible(variable))).toList())
                            .as(List::copyOf);
            Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""), HostileInputs.queries());
            boolean withBody = !endpoint.method().equals("GET");
            return Combinators.combine(Arbitraries.of("admin", "lider"), segments, query,
                    withBody ? HostileInputs.contentTypes() : Arbitraries.just((String) null),
                    withBody ? HostileInputs.bodies() : Arbitraries.just((byte[]) null))
                    .as((user, ids, q, type, body) -> new HostileRequest(user, endpoint, endpoint.path(ids) + q, type, body));
        });
    }

    @Provide
    Arbitrary<String> texts() {
        // Lone surrogates cannot be sent as UTF-8 at all: the client would already have replaced them.
        return Arbitraries.oneOf(HostileInputs.texts(), Arbitraries.strings().withChars("<>&\"'$.*+?()[]{}|\\/^")
                .ofMinLength(1).ofMaxLength(30))
                .filter(text -> text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    }

    private static long storedCommits() {
        return node.bean(MongoTemplate.class).getCollection("eventcommits").countDocuments();
    }

    record HostileRequest(String user, Endpoints.Endpoint endpoint, String path, String contentType, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
            return user + " " + endpoint.method() + " " + path + " [" + contentType + "] "
                    + (shown.length() > 300 ? shown.substring(0, 300) + "… (" + shown.length() + " chars)" : shown);
        }
    }

}
