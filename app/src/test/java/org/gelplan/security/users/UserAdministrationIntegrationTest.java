package org.gelplan.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An ADMIN manages users through the API; each test uses user names of its own. */
class UserAdministrationIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    WebApplicationContext context;

    private ResponseEntity<JsonNode> create(String username, String password, List<String> roles, List<String> entities) {
        return as("admin").postForEntity("/api/v1/users",
                Map.of("username", username, "password", password, "roles", roles, "entities", entities), JsonNode.class);
    }

    private TestRestTemplate signedIn(String username, String password) {
        return http.withBasicAuth(username, password);
    }

    @Test
    void anAdminAddsAUserForAnotherMunicipalityWhoCannotSeeMocoasPlan() {
        ResponseEntity<JsonNode> created = create("pasto.miembro", "clave-de-pasto-2024", List.of("COMMITTEE_MEMBER"),
                List.of("52001"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("enabled").asBoolean()).isTrue();
        assertThat(created.getBody().get("createdBy").asText()).isEqualTo("admin");
        assertThat(created.getBody().has("password")).isFalse();

        TestRestTemplate pasto = signedIn("pasto.miembro", "clave-de-pasto-2024");
        ResponseEntity<JsonNode> plans = pasto.getForEntity("/api/v1/plans", JsonNode.class);
        assertThat(plans.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(plans.getBody().findValuesAsText("planId")).doesNotContain("86001-2009");
        assertThat(pasto.getForEntity("/api/v1/plans/86001-2009", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(pasto.getForEntity("/api/v1/committees/86001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(signedIn("pasto.miembro", "otra-clave-errada").getForEntity("/api/v1/plans", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDisabledUserIsRefusedOnTheirNextRequestAndComesBackWhenEnabled() {
        create("pasto.planeacion", "clave-de-pasto-2024", List.of("PLANNING"), List.of("52001"));
        TestRestTemplate planning = signedIn("pasto.planeacion", "clave-de-pasto-2024");
        assertThat(planning.getForEntity("/api/v1/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> disabled = as("admin").postForEntity("/api/v1/users/pasto.planeacion/disablement",
                null, JsonNode.class);
        assertThat(disabled.getBody().get("enabled").asBoolean()).isFalse();
        assertThat(planning.getForEntity("/api/v1/plans", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("admin").postForEntity("/api/v1/users/pasto.planeacion/disablement", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        as("admin").postForEntity("/api/v1/users/pasto.planeacion/enablement", null, JsonNode.class);
        assertThat(planning.getForEntity("/api/v1/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDisabledUsersBrowserSessionEnds() throws Exception {
        create("pasto.control", "clave-de-pasto-2024", List.of("CONTROL_INTERNO"), List.of("52001"));
        MockMvc browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = (MockHttpSession) browser.perform(formLogin().user("pasto.control")
                .password("clave-de-pasto-2024")).andReturn().getRequest().getSession(false);
        assertThat(browser.perform(get("/no-such-page").session(session)).andReturn().getResponse().getStatus())
                .as("signed in: the page is simply missing").isEqualTo(404);

        as("admin").postForEntity("/api/v1/users/pasto.control/disablement", null, JsonNode.class);

        var response = browser.perform(get("/no-such-page").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void reRolingAUserChangesWhatTheyMayDo() {
        create("pasto.autor", "clave-de-pasto-2024", List.of("AUTHOR"), List.of("52001"));
        ResponseEntity<JsonNode> changed = as("admin").postForEntity("/api/v1/users/pasto.autor/roles",
                Map.of("roles", List.of("COMMITTEE_LEADER"), "entities", List.of("52")), JsonNode.class);

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("entities").toString()).isEqualTo("[\"52\"]");
        assertThat(signedIn("pasto.autor", "clave-de-pasto-2024").getForEntity("/api/v1/committees/52001", String.class)
                .getStatusCode()).isNotEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("admin").getForEntity("/api/v1/users/pasto.autor", JsonNode.class).getBody().get("roles")
                .toString()).contains("COMMITTEE_LEADER");
    }

    @Test
    void aNewPasswordReplacesTheOldOne() {
        create("pasto.editor", "clave-de-pasto-2024", List.of("EDITOR"), List.of("52001"));
        assertThat(as("admin").postForEntity("/api/v1/users/pasto.editor/password",
                Map.of("password", "nueva-clave-de-pasto"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(signedIn("pasto.editor", "clave-de-pasto-2024").getForEntity("/api/v1/plans", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(signedIn("pasto.editor", "nueva-clave-de-pasto").getForEntity("/api/v1/plans", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void everyChangeIsAnAuditedEventWithoutPasswordOrHash() {
        create("pasto.auditado", "clave-secreta-9876", List.of("AUTHOR"), List.of("52001"));
        as("admin").postForEntity("/api/v1/users/pasto.auditado/disablement", null, JsonNode.class);

        List<String> commits = mongo.getCollection("eventcommits").find().map(Document::toJson).into(new java.util.ArrayList<>())
                .stream().filter(json -> json.contains("pasto.auditado")).toList();
        assertThat(String.join("\n", commits)).contains("UserCreated").contains("UserDisabled").contains("admin")
                .doesNotContain("clave-secreta-9876").doesNotContain("$2a$");
        assertThat(mongo.getCollection("managed_users").find(new Document("_id", "pasto.auditado")).first().toJson())
                .doesNotContain("$2a$");
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        long before = storedCommits();
        assertThat(create("pasto.corto", "corta", List.of("PLANNING"), List.of("52001")).getStatusCode().value())
                .isIn(400, 422);
        assertThat(create("Pasto Mayus", "clave-de-pasto-2024", List.of("PLANNING"), List.of("52001")).getStatusCode()
                .value()).isIn(400, 422);
        assertThat(create("pasto.rol", "clave-de-pasto-2024", List.of("ALCALDE"), List.of("52001")).getStatusCode()
                .value()).isEqualTo(400);
        assertThat(create("pasto.entidad", "clave-de-pasto-2024", List.of("PLANNING"), List.of("{$ne:1}"))
                .getStatusCode().value()).isIn(400, 422);
        assertThat(create("miembro", "clave-de-pasto-2024", List.of("PLANNING"), List.of("52001")).getStatusCode())
                .as("a demo user's name").isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("admin").postForEntity("/api/v1/users/nadie.aqui/disablement", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedCommits()).isEqualTo(before);

        create("pasto.doble", "clave-de-pasto-2024", List.of("PLANNING"), List.of("52001"));
        assertThat(create("pasto.doble", "otra-clave-de-pasto", List.of("ADMIN"), List.of("*")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(signedIn("pasto.doble", "clave-de-pasto-2024").getForEntity("/api/v1/plans", String.class)
                .getStatusCode()).as("the first password stays").isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDepartmentalAdminGrantsOnlyInsideTheirDepartment() {
        create("putumayo.admin", "clave-de-putumayo-1", List.of("ADMIN"), List.of("86"));
        TestRestTemplate departmental = signedIn("putumayo.admin", "clave-de-putumayo-1");

        assertThat(departmental.postForEntity("/api/v1/users", Map.of("username", "sibundoy.lider", "password",
                "clave-de-sibundoy", "roles", List.of("COMMITTEE_LEADER"), "entities", List.of("86749")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(departmental.postForEntity("/api/v1/users", Map.of("username", "pasto.intruso", "password",
                "clave-de-pasto-2024", "roles", List.of("ADMIN"), "entities", List.of("*")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(departmental.postForEntity("/api/v1/users/pasto.miembro/disablement", null, String.class)
                .getStatusCode().value()).isIn(403, 404);
    }

    @Test
    void anAdminGivesAUserTheAddressTheirRemindersGoToAndChangesItThroughTheApiAndThePage() throws Exception {
        ResponseEntity<JsonNode> created = as("admin").postForEntity("/api/v1/users", Map.of("username", "pasto.correo",
                "password", "clave-de-pasto-2024", "roles", List.of("AUTHOR"), "entities", List.of("52001"),
                "email", "autor@pasto-narino.gov.co"), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("email").asText()).isEqualTo("autor@pasto-narino.gov.co");

        ResponseEntity<JsonNode> changed = as("admin").postForEntity("/api/v1/users/pasto.correo/email",
                Map.of("email", "autora@pasto-narino.gov.co"), JsonNode.class);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("email").asText()).isEqualTo("autora@pasto-narino.gov.co");
        assertThat(changed.getBody().get("changedBy").asText()).isEqualTo("admin");
        assertThat(as("miembro").postForEntity("/api/v1/users/pasto.correo/email",
                Map.of("email", "yo@pasto-narino.gov.co"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        long before = storedCommits();
        assertThat(as("admin").postForEntity("/api/v1/users/pasto.correo/email", Map.of("email", "no es un correo"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<JsonNode> noDomain = as("admin").postForEntity("/api/v1/users/pasto.correo/email",
                Map.of("email", "autor@pasto"), JsonNode.class);
        assertThat(noDomain.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noDomain.getBody().get("type").asText()).endsWith("user.invalid-email");
        assertThat(storedCommits()).isEqualTo(before);

        MockMvc browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = (MockHttpSession) browser.perform(formLogin().user("admin").password("admin"))
                .andReturn().getRequest().getSession(false);
        var page = browser.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/users/pasto.correo/email").param("email", "").session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(as("admin").getForEntity("/api/v1/users/pasto.correo", JsonNode.class).getBody().get("email").isNull())
                .as("a blank address removes it").isTrue();

        List<String> commits = mongo.getCollection("eventcommits").find().map(Document::toJson).into(new java.util.ArrayList<>())
                .stream().filter(json -> json.contains("pasto.correo")).toList();
        assertThat(String.join("\n", commits)).contains("UserEmailChanged").contains("autora@pasto-narino.gov.co");
    }
}
