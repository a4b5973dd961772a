package org.gelplan.ui;

import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser on a plan of their own (Mocoa re-adopted in 2015): each role signs in and
 * sees what it may do; a member records a fulfilment through the form and the phase percentage moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CriteriaBrowserIntegrationTest extends GelPlanIntegrationTest {

    static final String PLAN = "86001-2015";

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void adoptThePlanAndOpenTheBrowser() {
        browser = Browser.open(port);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("admin").postForEntity("/api/v1/plans",
                new HttpEntity<>(TestPlans.mocoaAdoptedOn("2015-07-20").toString(), headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyRoleSignsInAndSeesItsNameRolesAndOnlyTheFormsItMayUse() {
        Map<String, String> roles = Map.of("lider", "Líder del comité", "miembro", "Integrante del comité",
                "autor", "Autor", "editor", "Editor", "planeacion", "Planeación", "control", "Control interno",
                "admin", "Administrador");
        roles.forEach((user, role) -> {
            browser.logIn(user);
            assertThat(browser.text("#current-user")).isEqualTo(user);
            assertThat(browser.text("#current-roles")).contains(role);
            assertThat(browser.text("main h1")).isEqualTo("Planes de acción");
            assertThat(browser.present("a[href='/plans/" + PLAN + "']")).isTrue();

            browser.go("/plans/" + PLAN + "/criteria/INF-ACER-03");
            boolean member = user.equals("lider") || user.equals("miembro");
            assertThat(browser.present("#form-fulfilment")).as(user).isEqualTo(member);
            assertThat(browser.present("#form-reschedule")).as(user).isEqualTo(user.equals("lider"));
            assertThat(browser.present("#form-notApplicable")).as(user).isEqualTo(user.equals("lider"));
            browser.logOut();
            assertThat(browser.text("main .alert")).isEqualTo("Cerró su sesión.");
        });
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        browser.go("/login");
        browser.type("username", "miembro");
        browser.type("password", "otra");
        browser.click("main form button[type=submit]");
        assertThat(browser.text("main [role=alert]")).isEqualTo("Usuario o contraseña incorrectos.");
    }

    @Test
    void aMemberRecordsAFulfilmentThroughTheFormAndThePercentageMoves() {
        browser.logIn("miembro").go("/plans/" + PLAN);
        String before = browser.text("#percent-INFORMACION");
        browser.screenshot("dashboard");

        browser.go("/plans/" + PLAN + "/criteria/INF-ACER-02");
        browser.click("#form-fulfilment button[type=submit]");
        assertThat(browser.text("#fulfilment-fulfilledOn-error")).isNotBlank();
        assertThat(browser.text("#fulfilment-description-error")).isNotBlank();
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("fulfilment-description"))
                .getAttribute("aria-invalid")).isEqualTo("true");

        browser.type("fulfilment-fulfilledOn", "10/08/2015");
        browser.type("fulfilment-description", "Misión y visión publicadas en el sitio web");
        browser.type("fulfilment-url", "https://www.mocoa-putumayo.gov.co/mision");
        browser.click("#form-fulfilment button[type=submit]");

        assertThat(browser.text("#confirmation"))
                .isEqualTo("Quedó registrado: el criterio INF-ACER-02 se cumplió el 10/08/2015. "
                        + "Evidencia: Misión y visión publicadas en el sitio web.");
        assertThat(browser.text("#criterion-status")).isEqualTo("Cumplido");
        assertThat(browser.text("#criterion-timeline")).contains("registrado por miembro");
        browser.screenshot("criterion");

        browser.go("/plans/" + PLAN);
        assertThat(browser.text("#percent-INFORMACION")).isNotEqualTo(before);
        assertThat(percent(browser.text("#percent-INFORMACION"))).isGreaterThan(percent(before));

        browser.go("/plans/" + PLAN + "/criteria/INF-ACER-02");
        assertThat(browser.present("#form-fulfilment")).isFalse();
        assertThat(browser.present("#form-revocation")).isTrue();
    }

    @Test
    void aRefusedCommandIsShownBesideTheFormWithTheApisText() {
        browser.logIn("lider").go("/plans/" + PLAN + "/criteria/INF-ACER-04");
        browser.type("fulfilment-fulfilledOn", "01/01/2099");
        browser.type("fulfilment-description", "Fecha futura");
        browser.click("#form-fulfilment button[type=submit]");
        assertThat(browser.text("#form-fulfilment [role=alert]")).isNotBlank();
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("fulfilment-description"))
                .getAttribute("value")).isEqualTo("Fecha futura");
        assertThat(browser.text("#criterion-status")).isEqualTo("Pendiente");
    }

    @Test
    void theCriteriaOfAPhaseAreListedByCategoryAndTheLanguageSwitches() {
        browser.logIn("planeacion").go("/plans/" + PLAN + "/criteria?phase=INTERACCION");
        assertThat(browser.text("main h1")).startsWith("Criterios del plan de Mocoa");
        assertThat(browser.present("table tbody tr")).isTrue();
        browser.screenshot("criteria");
        browser.click("a[hreflang=en]");
        assertThat(browser.text("main h1")).startsWith("Criteria of the plan of Mocoa");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"))
                .isEqualTo("en");
        browser.go("/plans/" + PLAN);
        assertThat(browser.text("main h1")).startsWith("Dashboard");
        browser.click("a[hreflang=es]");
        assertThat(browser.text("main h1")).startsWith("Tablero");
    }

    @Test
    void anAuthorSubmitsAnEditorPublishesAndPlanningAcknowledgesTheQuarterlyReport() {
        browser.logIn("autor").go("/plans/" + PLAN + "/reports");
        assertThat(browser.present("#publish-2015-Q3")).isFalse();
        browser.click("#submit-2015-Q3");
        assertThat(browser.text("#confirmation")).startsWith("Quedó registrado: se presentó el informe 2015-Q3 (versión 1, SHA-256 ");
        assertThat(browser.text("#state-2015-Q3")).isEqualTo("Presentado");

        browser.logIn("editor").go("/plans/" + PLAN + "/reports");
        assertThat(browser.present("#submit-2015-Q3")).isFalse();
        browser.click("#publish-2015-Q3");
        assertThat(browser.text("#confirmation")).startsWith("Quedó registrado: se publicó el informe 2015-Q3");
        assertThat(browser.text("#quarter-2015-Q3")).contains("Presentó autor", "Publicó editor");

        browser.logIn("planeacion").go("/plans/" + PLAN + "/reports");
        browser.click("#acknowledge-2015-Q3");
        assertThat(browser.text("#quarter-2015-Q3")).contains("Recibió planeacion");
        browser.screenshot("reports");

        browser.driver().manage().deleteAllCookies();
        browser.go("/public/plans/" + PLAN);
        assertThat(browser.text("#published-reports")).contains("2015-Q3");
    }

    @Test
    void citizensReadThePublicPageWithoutSigningIn() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/public/plans/" + PLAN);
        assertThat(browser.text("main h1")).isEqualTo("Plan de Gobierno en Línea de Mocoa");
        assertThat(browser.present("#percent-INFORMACION")).isTrue();
        assertThat(browser.text("#last-update")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        browser.screenshot("public");
        browser.go("/plans/" + PLAN);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.screenshot("login");
    }

    private static double percent(String shown) {
        return Double.parseDouble(shown.replace(" %", "").replace(',', '.'));
    }
}
