package org.gelplan.ui;

import org.gelplan.core.GelTime;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan de mejoramiento in a real browser: planning records a finding on a criterion of Mocoa's plan
 * and opens an action due yesterday, which shows overdue; a committee member closes it; each role sees
 * only the forms it may use. Findings belong to the entity, so this test asserts only on its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImprovementPlanBrowserIntegrationTest extends GelPlanIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PAGE = "/improvement-plans/86001";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

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
    void planningRecordsAFindingWhoseActionDueYesterdayShowsOverdueUntilAMemberClosesIt() {
        LocalDate today = GelTime.today(clock);
        browser.logIn("planeacion").go(PAGE);
        assertThat(browser.text("main h1")).isEqualTo("Plan de mejoramiento de Mocoa");
        browser.click("#form-finding button[type=submit]");
        assertThat(browser.text("#finding-subjectId-error")).isNotBlank();
        assertThat(browser.text("#finding-findingText-error")).isNotBlank();

        new Select(browser.driver().findElement(By.id("finding-kind"))).selectByValue("FINDING");
        new Select(browser.driver().findElement(By.id("finding-subjectKind"))).selectByValue("CRITERION");
        browser.type("finding-subjectId", "86001-2009:INF-ACER-03");
        browser.type("finding-findingText", "El directorio de funcionarios no está actualizado en el sitio web.");
        browser.type("finding-recordedOn", DAY.format(today.minusDays(3)));
        browser.click("#form-finding button[type=submit]");
        Matcher recorded = Pattern.compile("Quedó registrado: (86001-H\\d+) sobre 86001-2009:INF-ACER-03\\.")
                .matcher(browser.text("#confirmation"));
        assertThat(recorded.matches()).as(browser.text("#confirmation")).isTrue();
        String finding = recorded.group(1);
        assertThat(browser.text("#finding-" + finding)).contains("El directorio de funcionarios no está actualizado");

        browser.type("action-" + finding + "-actionDescription", "Actualizar el directorio y publicarlo");
        browser.type("action-" + finding + "-responsible", "Técnico del sitio web");
        browser.type("action-" + finding + "-openedOn", DAY.format(today.minusDays(2)));
        browser.type("action-" + finding + "-dueDate", DAY.format(today.minusDays(1)));
        browser.click("#form-action-" + finding + " button[type=submit]");
        String action = finding + "-A01";
        assertThat(browser.text("#confirmation")).isEqualTo("Quedó registrado: se abrió la acción " + action
                + ", a cargo de Técnico del sitio web, con plazo al " + DAY.format(today.minusDays(1)) + ".");
        assertThat(browser.text("#status-" + action)).isEqualTo("Vencida");
        assertThat(browser.driver().findElement(By.id("action-" + action)).getAttribute("class")).contains("overdue");
        browser.screenshot("improvement-plan");

        browser.logIn("miembro").go(PAGE);
        assertThat(browser.present("#form-finding")).isFalse();
        assertThat(browser.present("#form-action-" + finding)).isFalse();
        browser.type("closure-" + action + "-closedOn", DAY.format(today));
        browser.type("closure-" + action + "-closureEvidence", "Directorio publicado en la sección Acerca de la entidad");
        browser.click("#form-closure-" + action + " button[type=submit]");
        assertThat(browser.text("#confirmation")).isEqualTo("Quedó registrado: la acción " + action + " se cerró el "
                + DAY.format(today) + ".");
        assertThat(browser.text("#status-" + action)).isEqualTo("Cerrada");
        assertThat(browser.present("#form-closure-" + action)).isFalse();
    }

    @Test
    void aSubjectThatDoesNotExistIsRefusedBesideTheFormWithTheApisText() {
        browser.logIn("control").go(PAGE);
        browser.type("finding-subjectId", "86001-2009:NO-SUCH-CODE");
        browser.type("finding-findingText", "Sin sujeto");
        browser.type("finding-recordedOn", DAY.format(GelTime.today(clock)));
        browser.click("#form-finding button[type=submit]");
        assertThat(browser.text("#form-finding [role=alert]")).contains("86001-2009:NO-SUCH-CODE");
        assertThat(browser.driver().findElement(By.id("finding-findingText")).getAttribute("value")).isEqualTo("Sin sujeto");
    }

    @Test
    void readersWithoutOversightRolesSeeThePlanButNoFormsAndEnglishIsOffered() {
        browser.logIn("autor").go(PAGE + "?lang=en");
        assertThat(browser.text("main h1")).isEqualTo("Improvement plan of Mocoa");
        assertThat(browser.present("#form-finding")).isFalse();
        assertThat(browser.present("form[id^=form-closure-]")).isFalse();
        assertThat(browser.present("form[id^=form-action-]")).isFalse();
        browser.go(PAGE + "?lang=es");
    }
}
