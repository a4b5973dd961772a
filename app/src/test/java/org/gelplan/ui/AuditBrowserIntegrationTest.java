package org.gelplan.ui;

import org.gelplan.core.GelTime;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
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

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control interno's area in a real browser, on a plan of its own (Mocoa re-adopted in 2014): the chain
 * verifies as intact, a criterion's timeline names who rescheduled it and why, the history filters by
 * actor, and the replay puts the plan then beside now. Other roles do not reach the area. The leader's
 * reschedule form cites a committee decision through the same check as the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditBrowserIntegrationTest extends GelPlanIntegrationTest {

    static final String PLAN = "86001-2014";
    static final String REASON = "Ajuste aprobado por el comité en su sesión ordinaria";

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void adoptThePlanRescheduleACriterionAndOpenTheBrowser() {
        browser = Browser.open(port);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("admin").postForEntity("/api/v1/plans",
                new HttpEntity<>(TestPlans.mocoaAdoptedOn("2014-04-01").toString(), headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String body = "{\"newTargetDate\":\"%s\",\"reason\":\"%s\"}".formatted(LocalDate.now().plusMonths(3), REASON);
        assertThat(as("lider").postForEntity("/api/v1/plans/" + PLAN + "/criteria/INF-ACER-03/reschedule",
                new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void controlInternoVerifiesTheChainAndReadsACriterionsTimeline() {
        browser.logIn("control");
        browser.click("#nav-audit");
        assertThat(browser.text("main h1")).isEqualTo("Control interno: auditoría");
        browser.click("#verify");
        assertThat(browser.text("#verification")).startsWith("Íntegra: ").contains("eventos, cabeza ");
        browser.screenshot("audit-verify");

        new Select(browser.driver().findElement(By.id("timeline-plan"))).selectByValue(PLAN);
        browser.type("timeline-item", "INF-ACER-03");
        browser.click("#show-timeline");
        assertThat(browser.text("main h1")).isEqualTo("Línea de tiempo de INF-ACER-03");
        assertThat(browser.text("#audit-entries")).contains("lider", REASON);
        browser.screenshot("audit-timeline");
    }

    @Test
    void theHistoryFiltersByPlanAndActorAndTheReplayPutsThenBesideNow() {
        browser.logIn("control").go("/audit?planId=" + PLAN + "&actor=lider");
        assertThat(browser.text("#audit-entries")).contains("lider", REASON).doesNotContain("admin");
        browser.screenshot("audit-history");

        String today = GelTime.today(java.time.Clock.systemUTC()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.go("/audit");
        new Select(browser.driver().findElement(By.id("replay-plan"))).selectByValue(PLAN);
        browser.type("replay-at", today);
        browser.click("#show-replay");
        assertThat(browser.text("main h1")).startsWith("Reconstrucción del plan de Mocoa");
        assertThat(browser.text("#anchor")).contains("eventos en la cadena, cabeza ");
        assertThat(browser.present("#then-INFORMACION")).isTrue();
        assertThat(browser.present("#now-INFORMACION")).isTrue();
        browser.screenshot("audit-replay");
    }

    @Test
    void otherRolesDoNotReachTheArea() {
        browser.logIn("lider");
        assertThat(browser.present("#nav-audit")).isFalse();
        browser.go("/audit");
        assertThat(browser.present("#verify")).isFalse();
        browser.go("/audit/verification");
        assertThat(browser.present("#verification")).isFalse();
    }

    @Test
    void theLeadersRescheduleCitesADecisionThroughTheApisCheck() {
        browser.logIn("lider").go("/plans/" + PLAN + "/criteria/INF-ACER-04");
        String later = LocalDate.now().plusMonths(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.type("reschedule-newTargetDate", later);
        browser.type("reschedule-reason", "Según decisión del comité");
        browser.type("reschedule-decisionId", "86001-D999");
        browser.click("#form-reschedule button[type=submit]");
        assertThat(browser.text("#form-reschedule [role=alert]")).contains("86001-D999");
        assertThat(browser.text("#criterion-status")).isEqualTo("Pendiente");

        browser.type("reschedule-newTargetDate", later);
        browser.type("reschedule-reason", "Según decisión del comité");
        browser.type("reschedule-decisionId", " ");
        browser.click("#form-reschedule button[type=submit]");
        assertThat(browser.text("#confirmation")).contains("INF-ACER-04");
    }
}
