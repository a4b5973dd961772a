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
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trámites and servicios inventory in a real browser, for an entity of its own (Puerto Asís, 86568,
 * whose committee member an admin creates): items listed through the form move the Tabla 7 percentage,
 * a change and a withdrawal are recorded, a bad import file is refused with every problem listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryBrowserIntegrationTest extends GelPlanIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String USER = "tramites-86568";
    private static final String PASSWORD = "clave-de-tramites-86568";
    private static final String PAGE = "/inventories/86568";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    private Browser browser;

    @BeforeAll
    void createTheMemberAndOpenTheBrowser() {
        assertThat(as("admin").postForEntity("/api/v1/users", Map.of("username", USER, "password", PASSWORD,
                "roles", List.of("COMMITTEE_MEMBER"), "entities", List.of("86568")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        browser = Browser.open(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void itemsListedThroughTheFormMoveThePublishedPercentageAndAChangeMovesItBack() {
        LocalDate today = GelTime.today(clock);
        browser.logIn(USER, PASSWORD).go(PAGE);
        assertThat(browser.text("main h1")).isEqualTo("Trámites y servicios de 86568");
        assertThat(browser.text("#shares-TRAMITE .published")).isEqualTo("—");

        list("T-001", "Impuesto predial", DAY.format(today.minusDays(30)), DAY.format(today.minusDays(20)));
        assertThat(browser.text("#confirmation")).isEqualTo("Quedó registrado: se inscribió T-001 (Impuesto predial).");
        assertThat(browser.text("#shares-TRAMITE .published")).isEqualTo("100,0 %");

        list("T-002", "Licencia de construcción", DAY.format(today.minusDays(30)), "");
        assertThat(browser.text("#shares-TRAMITE .published")).isEqualTo("50,0 %");
        assertThat(browser.text("#item-T-002")).contains("Licencia de construcción");
        browser.screenshot("inventory");

        browser.click("#item-T-002 a");
        assertThat(browser.driver().findElement(By.id("change-itemName")).getAttribute("value"))
                .isEqualTo("Licencia de construcción");
        browser.type("change-publishedOn", DAY.format(today.minusDays(2)));
        browser.type("change-effectiveOn", DAY.format(today.minusDays(2)));
        browser.type("change-reason", "Publicada en el sitio web");
        browser.click("#form-change button[type=submit]");
        assertThat(browser.text("#confirmation")).isEqualTo("Quedó registrado el cambio de T-002.");
        assertThat(browser.text("#item-history")).contains("Publicada en el sitio web");

        browser.type("withdrawal-withdrawnOn", DAY.format(today));
        browser.type("withdrawal-reason", "Se fusionó con otro trámite");
        browser.click("#form-withdrawal button[type=submit]");
        assertThat(browser.text("#confirmation")).isEqualTo("Quedó registrado: T-002 se retiró del inventario.");
        browser.go(PAGE);
        assertThat(browser.text("#shares-TRAMITE td")).isEqualTo("1");
        assertThat(browser.text("#shares-TRAMITE .published")).isEqualTo("100,0 %");
    }

    @Test
    void aBadImportFileIsRefusedWithEveryProblemAndAGoodOneIsRecorded() throws IOException {
        Path folder = Files.createTempDirectory("gelplan-inventory");
        String header = "codigo,tipo,nombre,dependencia,inscrito,publicado,automatizado,en_linea\n";
        Path bad = Files.writeString(folder.resolve("malo.csv"), header
                + "S-001,servicio,,Secretaría de Gobierno,2015-01-10,,,\n"
                + "S-002,otro,Certificado de residencia,Secretaría de Gobierno,no-es-fecha,,,\n", StandardCharsets.UTF_8);
        browser.logIn(USER, PASSWORD).go(PAGE);
        browser.driver().findElement(By.id("inventory-file")).sendKeys(bad.toString());
        browser.click("#form-inventory-import button[type=submit]");
        assertThat(browser.text("#import-problems")).contains("malo.csv");
        List<String> problems = browser.driver().findElements(By.cssSelector("#import-problems li")).stream()
                .map(element -> element.getText()).toList();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
        assertThat(problems).anyMatch(p -> p.startsWith("inventario/2/")).anyMatch(p -> p.startsWith("inventario/3/"));

        Path good = Files.writeString(folder.resolve("bueno.csv"), header
                + "S-001,servicio,Paz y salvo,Tesorería,2015-01-10,2015-02-01,,\n", StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("inventory-file")).sendKeys(good.toString());
        browser.click("#form-inventory-import button[type=submit]");
        assertThat(browser.text("#confirmation")).startsWith("Quedó importado el inventario de bueno.csv: 1 trámites y servicios");
        assertThat(browser.text("#item-S-001")).contains("Paz y salvo");
    }

    @Test
    void readersOfMocoaSeeItsInventoryWithoutFormsAndCannotOpenAnotherEntitys() {
        browser.logIn("autor").go("/inventories/86001");
        assertThat(browser.text("main h1")).isEqualTo("Trámites y servicios de Mocoa");
        assertThat(browser.present("#form-item")).isFalse();
        assertThat(browser.present("#form-inventory-import")).isFalse();
        browser.go(PAGE);
        assertThat(browser.present("#shares")).isFalse();
    }

    private void list(String code, String name, String listedOn, String publishedOn) {
        browser.type("item-itemCode", code);
        new Select(browser.driver().findElement(By.id("item-kind"))).selectByValue("TRAMITE");
        browser.type("item-itemName", name);
        browser.type("item-office", "Secretaría de Hacienda");
        browser.type("item-listedOn", listedOn);
        browser.type("item-publishedOn", publishedOn);
        browser.click("#form-item button[type=submit]");
    }
}
