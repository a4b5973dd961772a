package org.gelplan.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.bson.types.Binary;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.ReservedPlan;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control interno re-runs every projection into a shadow and compares it with the live read model,
 * through security; a live document changed behind the application's back (plan 86001-2026) is named
 * with its field; the live processors' tokens are never reset.
 */
class ShadowReplayIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "86001-2026";
    private static final String SUMMARIES = "plan_summaries";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyProjectionRebuiltInAShadowEqualsTheLiveReadModel() throws IOException {
        Map<String, Long> tokensBefore = livePositionsInTheTokenStore();
        JsonNode projections = as("control").getForObject("/api/v1/audit/projections", JsonNode.class);
        List<String> names = new ArrayList<>();
        projections.forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("committee", "compliance-criteria", "plan-summary", "reports")
                .doesNotContain("compliance-policy", "reminders");

        List<String> unequal = new ArrayList<>();
        for (String name : names) {
            ResponseEntity<JsonNode> replay = shadowReplay(name);
            assertThat(replay.getStatusCode()).as(name).isEqualTo(HttpStatus.OK);
            JsonNode result = replay.getBody();
            assertThat(result.get("comparedPosition").asLong()).as(name).isNotNegative();
            result.get("livePositions").forEach(position ->
                    assertThat(position.asLong()).as(name).isEqualTo(result.get("comparedPosition").asLong()));
            if (!result.get("equal").asBoolean() || result.get("handlerFailures").asLong() > 0) {
                unequal.add(result.toString());
            }
        }
        assertThat(unequal).isEmpty();
        assertThat(livePositionsInTheTokenStore()).allSatisfy((segment, position) ->
                assertThat(position).as(segment).isGreaterThanOrEqualTo(tokensBefore.getOrDefault(segment, -1L)));
        assertThat(livePositionsInTheTokenStore().keySet()).containsAll(tokensBefore.keySet());
    }

    @Test
    void aLiveDocumentChangedThroughTheDriverIsNamedWithItsField() {
        ReservedPlan.adopt(as("admin"), mongo, "2026-01-15");
        var summaries = mongo.getCollection(SUMMARIES);
        Document original = summaries.find(new Document("_id", PLAN)).first();
        assertThat(original).isNotNull();
        Document forged = new Document("_id", PLAN + "-forged").append("daneCode", "86001");
        try {
            summaries.updateOne(new Document("_id", PLAN), new Document("$set", new Document("summary.vision", "Reescrita")));
            summaries.insertOne(forged);

            JsonNode result = shadowReplay("plan-summary").getBody();

            assertThat(result.get("equal").asBoolean()).isFalse();
            JsonNode summariesModel = readModel(result, SUMMARIES);
            assertThat(summariesModel.get("extraInLive")).extracting(JsonNode::asText).containsExactly(PLAN + "-forged");
            assertThat(summariesModel.get("different")).hasSize(1);
            JsonNode difference = summariesModel.get("different").get(0);
            assertThat(difference.get("id").asText()).isEqualTo(PLAN);
            assertThat(difference.get("fields")).hasSize(1);
            assertThat(difference.at("/fields/0/field").asText()).isEqualTo("summary.vision");
            assertThat(difference.at("/fields/0/live").asText()).isEqualTo("Reescrita");
            assertThat(difference.at("/fields/0/shadow").asText()).isEqualTo(original.get("summary", Document.class).getString("vision"));
        } finally {
            summaries.replaceOne(new Document("_id", PLAN), original);
            summaries.deleteOne(new Document("_id", PLAN + "-forged"));
        }
        assertThat(shadowReplay("plan-summary").getBody().get("equal").asBoolean()).isTrue();
    }

    @Test
    void onlyControlInternoMayRunOrListShadowReplaysAndUnknownNamesAreProblems() {
        for (String user : List.of("admin", "lider", "miembro", "autor", "editor", "planeacion")) {
            assertThat(as(user).postForEntity("/api/v1/audit/projections/plan-summary/shadow-replays", null, String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).getForEntity("/api/v1/audit/projections", String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<JsonNode> unknown = shadowReplay("compliance-policy");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(unknown.getBody().get("detail").asText()).contains("No hay una proyección", "compliance-policy");
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(as("control").exchange("/api/v1/audit/projections/compliance-policy/shadow-replays", HttpMethod.POST,
                new HttpEntity<>(english), JsonNode.class).getBody().get("detail").asText())
                .startsWith("There is no projection named \"compliance-policy\"");
    }

    private ResponseEntity<JsonNode> shadowReplay(String name) {
        return as("control").postForEntity("/api/v1/audit/projections/" + name + "/shadow-replays", null, JsonNode.class);
    }

    private static JsonNode readModel(JsonNode result, String collection) {
        for (JsonNode model : result.get("readModels")) {
            if (model.get("collection").asText().equals(collection)) {
                return model;
            }
        }
        throw new AssertionError("no read model " + collection + " in " + result);
    }

    /** Each claimed segment's stored position, by {@code processor/segment}; a reset would lower one or wrap it. */
    private Map<String, Long> livePositionsInTheTokenStore() throws IOException {
        Map<String, Long> positions = new TreeMap<>();
        for (Document token : mongo.getCollection("trackingtokens").find()) {
            String key = token.getString("processorName") + "/" + token.get("segment");
            // a segment that has not handled an event yet still holds the null token it was created with
            assertThat(Objects.requireNonNullElse(token.getString("tokenType"), "")).as(key).doesNotContain("ReplayToken");
            Object bytes = token.get("token");
            long position = -1;
            if (bytes instanceof Binary binary) {
                position = JSON.readTree(binary.getData()).path("index").asLong(-1);
            } else if (bytes instanceof String text) {
                position = JSON.readTree(text).path("index").asLong(-1);
            }
            positions.put(key, position);
        }
        return positions;
    }
}
