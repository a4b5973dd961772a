package org.gelplan.ui;

import org.bson.Document;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.ReservedPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control interno's projections page in a real browser: a projection re-run in a shadow equals the live
 * one, and a live document changed through the driver is named with its field. Plan 86001-2026, shared
 * with {@code ShadowReplayIntegrationTest} (86001-2027 cannot be adopted before 2027: no future dates).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionsBrowserIntegrationTest extends GelPlanIntegrationTest {

    static final String PLAN = "86001-2026";

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void adoptThePlanAndOpenTheBrowser() {
        browser = Browser.open(port);
        ReservedPlan.adopt(as("admin"), mongo, "2026-01-15");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void controlInternoRerunsAProjectionAndSeesItEqualsTheLiveOne() {
        browser.logIn("control").go("/audit");
        browser.click("#projections-link");
        assertThat(browser.text("main h1")).isEqualTo("Proyecciones: reconstrucción en sombra");
        assertThat(browser.present("#projection-committee")).isTrue();
        browser.click("#rerun-plan-summary");
        assertThat(browser.text("#comparison")).startsWith("Igual: la proyección plan-summary");
        assertThat(browser.text("#model-plan_summaries")).contains("Ninguna");
        browser.screenshot("audit-projections");
    }

    @Test
    void aLiveDocumentChangedThroughTheDriverIsNamedOnThePage() {
        var summaries = mongo.getCollection("plan_summaries");
        Document original = summaries.find(new Document("_id", PLAN)).first();
        assertThat(original).isNotNull();
        try {
            summaries.updateOne(new Document("_id", PLAN), new Document("$set", new Document("summary.vision", "Alterada")));
            browser.logIn("control").go("/audit/projections");
            browser.click("#rerun-plan-summary");
            assertThat(browser.text("#comparison")).startsWith("Distinta: la proyección plan-summary");
            assertThat(browser.text("#model-plan_summaries")).contains("Documento " + PLAN + " distinto",
                    "summary.vision: en vivo «Alterada»");
        } finally {
            summaries.replaceOne(new Document("_id", PLAN), original);
        }
    }

    @Test
    void otherRolesDoNotReachThePage() {
        browser.logIn("planeacion").go("/audit/projections");
        assertThat(browser.present("#projections")).isFalse();
    }
}
