package org.gelplan.ui;

import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee in a real browser, on dates of its own (April 2017) so that Mocoa's seed committee keeps
 * its counts for other tests: a member schedules a meeting, holds it through the roll-call form and
 * records a decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeBrowserIntegrationTest extends GelPlanIntegrationTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void openTheBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMemberHoldsAMeetingThroughTheRollCallFormAndRecordsADecision() {
        browser.logIn("lider").go("/committees/86001");
        assertThat(browser.text("#members")).contains("SECRETARIO DE EDUCACIÓN");
        browser.type("schedule-scheduledFor", "18/04/2017");
        browser.type("schedule-agenda", "Seguimiento del plan\nCriterios de información");
        browser.click("#form-schedule button[type=submit]");
        assertThat(browser.text("#confirmation")).contains("está programada para el 18/04/2017");
        assertThat(browser.text("#meeting-status")).isEqualTo("Programada");

        browser.click("#form-hold button[type=submit]");
        assertThat(browser.text("#hold-heldOn-error")).isNotBlank();
        assertThat(browser.text("#hold-present-error")).isNotBlank();

        browser.type("hold-heldOn", "18/04/2017");
        List<WebElement> present = browser.driver().findElements(By.cssSelector("#form-hold input[name=present]"));
        assertThat(present).hasSizeGreaterThanOrEqualTo(12);
        for (int i = 0; i < present.size(); i++) {
            browser.driver().findElements(By.cssSelector("#form-hold input[name=present]")).get(i).click();
        }
        browser.type("hold-minutes", "Se revisó el avance de la fase de información.");
        browser.screenshot("meeting-roll-call");
        browser.click("#form-hold button[type=submit]");

        assertThat(browser.text("#confirmation")).contains("se realizó el 18/04/2017").contains("hubo quórum");
        assertThat(browser.text("#meeting-status")).isEqualTo("Realizada");
        assertThat(browser.text("#meeting-minutes")).isEqualTo("Se revisó el avance de la fase de información.");

        browser.type("decision-text", "Publicar el directorio de funcionarios");
        browser.type("decision-votesFor", "8");
        browser.type("decision-votesAgainst", "0");
        browser.type("decision-abstentions", "1");
        browser.type("decision-subjects", "INF-ACER-03");
        new Select(browser.driver().findElement(By.id("decision-responsible"))).selectByIndex(1);
        browser.type("decision-dueDate", "30/06/2017");
        browser.click("#form-decision button[type=submit]");
        assertThat(browser.text("#confirmation")).contains("Publicar el directorio de funcionarios").contains("30/06/2017");
        assertThat(browser.text("#decisions")).contains("Publicar el directorio de funcionarios");
        browser.screenshot("meeting");

        browser.go("/committees/86001");
        assertThat(browser.text("#meetings")).contains("18/04/2017").contains("Realizada");
        browser.screenshot("committee");
    }

    @Test
    void readersSeeTheCommitteeButNoForms() {
        browser.logIn("control").go("/committees/86001");
        assertThat(browser.present("#members")).isTrue();
        assertThat(browser.present("#form-schedule")).isFalse();
    }
}
