package org.gelplan.ui;

import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, as the leader (or, for its own area, control interno) sees it (forms included), has a language, one main landmark, one h1, a
 * skip link to the main content, and a label for every field. Reads Mocoa's seed plan without changing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIntegrationTest extends GelPlanIntegrationTest {

    /** Ids (or names) of visible form fields that nothing labels. */
    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(f => f.type !== 'hidden' && f.type !== 'submit' && f.type !== 'button')
              .filter(f => !(f.id && document.querySelector('label[for="' + f.id + '"]'))
                        && !f.getAttribute('aria-label') && !f.closest('label'))
              .map(f => f.id || f.name);
            """;

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void signIn() {
        browser = Browser.open(port);
        browser.logIn("lider");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/plans/86001-2009", "/plans/86001-2009?lang=en", "/plans/86001-2009/criteria?phase=INFORMACION&lang=es",
            "/plans/86001-2009/criteria/INF-ACER-03", "/plans/86001-2009/indicators", "/plans/86001-2009/reports",
            "/plans/86001-2009/indicators/T7-A1-I2", "/plans/86001-2009/indicators/T7-A3-I4", "/committees/86001",
            "/public/plans/86001-2009", "/plans/86001-2009/criteria/NO-SUCH-CODE", "/login", "/improvement-plans/86001",
            "/improvement-plans/86001?lang=en", "/evidence/86001/MINUTES/86001-R001", "/evidence/86001/FULFILMENT/86001-2009:INF-ACER-03",
            "/inventories/86001", "/inventories/86001?lang=en"})
    void everyPageHasLanguageLandmarksHeadingAndLabels(String path) {
        browser.go(path);
        checkTheRules(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit", "/audit?lang=en", "/audit/verification?lang=es",
            "/audit/timeline?planId=86001-2009&item=INF-ACER-03", "/audit/replay?planId=86001-2009&at=31/12/2010",
            "/audit/projections", "/audit/projections?lang=en"})
    void controlInternosPagesFollowTheSameRules(String path) {
        try {
            browser.logIn("control").go(path);
            checkTheRules(path);
        } finally {
            browser.logIn("lider");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/improvement-plans/86001", "/evidence/86001/FINDING/86001-H001", "/users", "/users?lang=en"})
    void planningsAndTheAdminsPagesFollowTheSameRules(String path) {
        try {
            browser.logIn(path.startsWith("/users") ? "admin" : "planeacion").go(path);
            checkTheRules(path);
        } finally {
            browser.logIn("lider");
        }
    }

    private void checkTheRules(String path) {
        assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"))
                .as(path).isIn("es", "en");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("main#main"))).as(path).hasSize(1);
        assertThat(browser.driver().findElements(org.openqa.selenium.By.tagName("h1"))).as(path).hasSize(1);
        assertThat(browser.present("a.skip-link[href='#main']")).as(path).isTrue();
        assertThat(browser.present("header")).as(path).isTrue();
        assertThat(browser.present("footer #last-update")).as(path).isTrue();
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(UNLABELLED);
        assertThat(unlabelled).as(path + ": fields without a label").isEmpty();
    }
}
