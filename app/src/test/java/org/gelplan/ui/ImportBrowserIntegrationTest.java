package org.gelplan.ui;

import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator imports plan files through the upload form: a bad file is refused whole with every
 * problem listed and nothing recorded; a good one (another municipality's plan) is imported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserIntegrationTest extends GelPlanIntegrationTest {

    /** A quoted ISO date, its year apart: the whole plan moved fourteen years later becomes Mocoa's plan 86001-2023. */
    private static final Pattern FOURTEEN_YEARS_LATER_DATE = Pattern.compile("\"(20[01]\\d)(-\\d\\d-\\d\\d)\"");

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    private Browser browser;
    private String mocoa;

    @BeforeAll
    void openTheBrowser() {
        browser = Browser.open(port);
        mocoa = new String(as("admin").getForObject("/api/v1/plans/86001-2009/export?format=yaml", byte[].class),
                StandardCharsets.UTF_8);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAndAGoodOneIsImported() throws IOException {
        String sibundoy = mocoa.replace("daneCode: \"86001\"", "daneCode: \"86749\"").replace("name: \"Mocoa\"", "name: \"Sibundoy\"");
        int last = sibundoy.lastIndexOf("kind: \"RATIO\"");
        String broken = sibundoy.substring(0, last).replaceFirst("kind: \"RATIO\"", "kind: \"PORCENTAJE\"")
                + sibundoy.substring(last).replaceFirst("kind: \"RATIO\"", "kind: \"RAZON\"");
        long before = storedCommits();

        browser.logIn("admin").go("/import");
        upload("sibundoy-con-errores.yaml", broken);
        assertThat(browser.text("#import-problems")).contains("sibundoy-con-errores.yaml", "No se registró nada");
        assertThat(browser.driver().findElements(By.cssSelector("#import-problems li"))).hasSizeGreaterThanOrEqualTo(2);
        browser.screenshot("import-errors");
        assertThat(storedCommits()).isEqualTo(before);

        String mocoa2023 = FOURTEEN_YEARS_LATER_DATE.matcher(mocoa).replaceAll(
                m -> "\"" + (Integer.parseInt(m.group(1)) + 14) + m.group(2) + "\"");
        upload("mocoa-2023.yaml", mocoa2023);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/plans/86001-2023");
        assertThat(browser.text("#confirmation")).startsWith("Quedó importado el plan 86001-2023");

        browser.logIn("miembro").go("/plans/86001-2023/indicators");
        browser.click("a[href='/plans/86001-2023/indicators/T7-A2-I2']");
        assertThat(browser.present("figure.chart svg rect")).isFalse();
        browser.type("measurement-period", "2024-02");
        browser.type("measurement-value", "8");
        browser.type("measurement-source", "Buzón de quejas y reclamos");
        browser.click("#form-measurement button[type=submit]");
        assertThat(browser.text("#confirmation")).isEqualTo(
                "Quedó registrada la medición del indicador T7-A2-I2 para el periodo 2024-02 (fuente: Buzón de quejas y reclamos).");
        assertThat(browser.present("figure.chart svg rect")).isTrue();
        assertThat(browser.text("#series")).contains("2024-02");
        browser.screenshot("indicator");
    }

    @Test
    void onlyTheOperatorMayImport() {
        browser.logIn("lider").go("/import");
        assertThat(browser.text("main [role=alert]")).contains("403");
        assertThat(browser.present("#form-import")).isFalse();
    }

    private void upload(String name, String content) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, content);
        browser.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click("#form-import button[type=submit]");
    }
}
