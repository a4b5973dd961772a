package org.gelplan.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's follow-up buttons in a real browser, on meetings of their own (October and November
 * 2019): a member records that a decision was carried out, and the leader approves a meeting's minutes
 * at the next meeting; a member is offered no approval form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeFollowUpBrowserIntegrationTest extends GelPlanIntegrationTest {

    private static final String COMMITTEE = "/api/v1/committees/86001";

    @LocalServerPort
    int port;

    private Browser browser;
    private String first;
    private String second;
    private String decision;

    @BeforeAll
    void holdTwoMeetingsWithADecisionAndOpenTheBrowser() {
        first = heldMeeting("2019-10-08");
        second = heldMeeting("2019-11-12");
        decision = post("/meetings/" + first + "/decisions", """
                {"text":"Publicar el plan de compras","votesFor":8,"votesAgainst":0,"abstentions":0,"subjects":[],
                 "responsible":"%s","dueDate":"2019-10-31"}""".formatted(responsible("2019-10-08"))).get("decisionId").asText();
        browser = Browser.open(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMemberRecordsADecisionsCompletionAndTheLeaderApprovesTheMinutesAtTheNextMeeting() {
        browser.logIn("miembro").go("/committees/86001/meetings/" + first);
        assertThat(browser.present("#form-approval")).isFalse();
        browser.type("complete-" + decision + "-completedOn", "25/10/2019");
        browser.type("complete-" + decision + "-description", "Plan de compras publicado en el sitio web");
        browser.click("#form-complete-" + decision + " button[type=submit]");
        assertThat(browser.text("#confirmation")).isEqualTo("Quedó registrado: la decisión " + decision + " se cumplió el 25/10/2019.");
        assertThat(browser.text("#decision-" + decision + " .decision-status"))
                .isEqualTo("Cumplida el 25/10/2019: Plan de compras publicado en el sitio web");
        assertThat(browser.present("#form-complete-" + decision)).isFalse();

        browser.logIn("lider").go("/committees/86001/meetings/" + first);
        new Select(browser.driver().findElement(By.id("approval-atMeeting"))).selectByValue(second);
        browser.click("#form-approval button[type=submit]");
        assertThat(browser.text("#confirmation"))
                .isEqualTo("Quedó registrado: el acta de la reunión " + first + " se aprobó en la reunión " + second + ".");
        assertThat(browser.text("#minutes-approval")).startsWith("Acta aprobada en la reunión " + second);
        assertThat(browser.present("#form-approval")).isFalse();
    }

    @Test
    void aCompletionDatedInTheFutureIsRefusedBesideItsForm() {
        String other = post("/meetings/" + second + "/decisions", """
                {"text":"Actualizar el directorio","votesFor":8,"votesAgainst":0,"abstentions":0,"subjects":[],
                 "responsible":"%s","dueDate":"2019-12-31"}""".formatted(responsible("2019-11-12"))).get("decisionId").asText();
        browser.logIn("lider").go("/committees/86001/meetings/" + second);
        browser.type("complete-" + other + "-completedOn", "01/01/2099");
        browser.type("complete-" + other + "-description", "Aún no");
        browser.click("#form-complete-" + other + " button[type=submit]");
        assertThat(browser.text("#form-complete-" + other + " [role=alert]")).isNotBlank();
        assertThat(browser.text("#decision-" + other + " .decision-status")).isNotEqualTo("Cumplida");
    }

    private String heldMeeting(String date) {
        String meeting = post("/meetings", "{\"scheduledFor\":\"" + date + "\",\"agenda\":[\"Seguimiento\"]}")
                .get("meetingId").asText();
        JsonNode members = as("lider").getForEntity(COMMITTEE + "/members?on=" + date, JsonNode.class).getBody();
        String present = members.findValuesAsText("id").stream().map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(","));
        post("/meetings/" + meeting + "/held", "{\"heldOn\":\"" + date + "\",\"present\":[" + present
                + "],\"minutes\":\"Acta\"}");
        return meeting;
    }

    private String responsible(String date) {
        return as("lider").getForEntity(COMMITTEE + "/members?on=" + date, JsonNode.class).getBody().get(0).get("id").asText();
    }

    private JsonNode post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = as("lider").postForEntity(COMMITTEE + path, new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isIn(HttpStatus.CREATED, HttpStatus.OK);
        return answer.getBody();
    }
}
