package org.gelplan.security.users;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.gelplan.security.TestTokens;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.NodeHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User administration on a deployment without demo or configured users, where the only administrators
 * are an OIDC one (bearer token) and the managed admin it creates: a disabled user's bearer token is
 * refused on its next request, the last enabled admin cannot disable or de-role themselves, and every
 * change is an event naming the actor who made it.
 */
class UserLifecycleIntegrationTest {

    private static final TestTokens TOKENS = TestTokens.create();

    @Test
    void disabledUsersTokensEndTheLastAdminStaysAndEveryChangeNamesItsActor(@TempDir Path dataDir) {
        try (GelPlanNode node = GelPlanNode.start("gelplan.embedded-mongo-port=0", "gelplan.data-dir=" + dataDir,
                "spring.security.oauth2.resourceserver.jwt.public-key-location=" + TOKENS.publicKeyLocation())) {
            NodeHttp http = new NodeHttp(node);
            String oidcAdmin = TOKENS.token("oidc.admin", List.of("ADMIN"), List.of("*"));
            assertThat(send(http.anonymous(), oidcAdmin, HttpMethod.POST, "/api/v1/users", """
                    {"username":"mocoa.jefe","password":"clave-del-jefe-2024","roles":["ADMIN"],"entities":["86001"]}""")
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(send(http.anonymous(), oidcAdmin, HttpMethod.POST, "/api/v1/users", """
                    {"username":"mocoa.lider","password":"clave-del-lider-2024","roles":["COMMITTEE_LEADER"],"entities":["86001"]}""")
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
            TestRestTemplate jefe = http.anonymous().withBasicAuth("mocoa.jefe", "clave-del-jefe-2024");

            String leaderToken = TOKENS.token("mocoa.lider", List.of("COMMITTEE_LEADER"), List.of("86001"));
            assertThat(send(http.anonymous(), leaderToken, HttpMethod.GET, "/api/v1/plans", null).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(jefe.postForEntity("/api/v1/users/mocoa.lider/disablement", null, JsonNode.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(send(http.anonymous(), leaderToken, HttpMethod.GET, "/api/v1/plans", null).getStatusCode())
                    .as("the same token, once its user is disabled").isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.anonymous().withBasicAuth("mocoa.lider", "clave-del-lider-2024")
                    .getForEntity("/api/v1/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

            ResponseEntity<JsonNode> disableSelf = jefe.postForEntity("/api/v1/users/mocoa.jefe/disablement", null, JsonNode.class);
            assertThat(disableSelf.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(disableSelf.getBody().get("type").asText()).endsWith("user.last-admin");
            ResponseEntity<JsonNode> stepDown = jefe.postForEntity("/api/v1/users/mocoa.jefe/roles",
                    java.util.Map.of("roles", List.of("PLANNING"), "entities", List.of("86001")), JsonNode.class);
            assertThat(stepDown.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(stepDown.getBody().get("type").asText()).endsWith("user.last-admin");
            JsonNode stillAdmin = jefe.getForObject("/api/v1/users/mocoa.jefe", JsonNode.class);
            assertThat(stillAdmin.get("enabled").asBoolean()).isTrue();
            assertThat(stillAdmin.get("roles").toString()).contains("ADMIN");

            assertThat(userEvents(node)).containsExactly(
                    "UserCreated mocoa.jefe by oidc.admin", "UserCreated mocoa.lider by oidc.admin",
                    "UserDisabled mocoa.lider by mocoa.jefe");
        }
    }

    private static ResponseEntity<JsonNode> send(TestRestTemplate http, String token, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }

    /** "Type username by actor" of every stored user event, in the order stored. */
    private static List<String> userEvents(GelPlanNode node) {
        List<String> events = new ArrayList<>();
        for (Document commit : node.bean(MongoTemplate.class).getCollection("eventcommits").find()) {
            for (Document event : commit.getList("events", Document.class)) {
                String type = event.getString("payloadType");
                if (type.contains(".User")) {
                    Document payload = Document.parse(event.getString("payload"));
                    Document metaData = Document.parse(event.getString("metaData"));
                    events.add(type.substring(type.lastIndexOf('.') + 1) + " " + payload.getString("username")
                            + " by " + metaData.getString("actor"));
                }
            }
        }
        return events;
    }
}
