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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files in a real browser, on a meeting of Mocoa's committee of its own (August 2019): a member
 * attaches the acta as a PDF and downloads it intact under the session, then supersedes it (both stay);
 * roles that may not attach minutes see the files but no form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBrowserIntegrationTest extends GelPlanIntegrationTest {

    private static final byte[] ACTA = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            + "% Acta de la reunión del Comité GEL, 13 de agosto de 2019\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    private Browser browser;
    private String meeting;
    private Path folder;

    @BeforeAll
    void scheduleAMeetingAndOpenTheBrowser() throws IOException {
        ResponseEntity<JsonNode> scheduled = as("lider").postForEntity("/api/v1/committees/86001/meetings",
                Map.of("scheduledFor", "2019-08-13", "agenda", List.of("Acta con evidencia")), JsonNode.class);
        assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        meeting = scheduled.getBody().get("meetingId").asText();
        folder = Files.createTempDirectory("gelplan-evidence");
        browser = Browser.open(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMemberAttachesTheActaDownloadsItIntactAndSupersedesIt() throws Exception {
        browser.logIn("miembro").go("/committees/86001/meetings/" + meeting);
        browser.click("#minutes-files");
        assertThat(browser.text("main h1")).isEqualTo("Archivos de evidencia: acta de la reunión " + meeting);
        assertThat(browser.present("#no-files")).isTrue();

        browser.driver().findElement(By.id("evidence-file")).sendKeys(file("acta-2019-08-13.pdf", ACTA).toString());
        browser.type("evidence-description", "Acta firmada");
        browser.click("#form-evidence button[type=submit]");
        String sha256 = sha256(ACTA);
        assertThat(browser.text("#confirmation"))
                .isEqualTo("Quedó registrado: se adjuntó acta-2019-08-13.pdf con SHA-256 " + sha256 + ".");
        assertThat(browser.text("#files code.sha256")).isEqualTo(sha256);
        browser.screenshot("evidence");

        String href = browser.driver().findElement(By.cssSelector("#files a.download")).getAttribute("href");
        HttpResponse<byte[]> download = underTheSession(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(ACTA);
        assertThat(sha256(download.body())).isEqualTo(sha256);

        byte[] corrected = (new String(ACTA, StandardCharsets.ISO_8859_1) + "% corregida\n").getBytes(StandardCharsets.ISO_8859_1);
        browser.driver().findElement(By.id("evidence-file")).sendKeys(file("acta-corregida.pdf", corrected).toString());
        new Select(browser.driver().findElement(By.id("evidence-supersedes"))).selectByIndex(1);
        browser.click("#form-evidence button[type=submit]");
        assertThat(browser.text("#confirmation")).contains("acta-corregida.pdf").contains(sha256(corrected));
        assertThat(browser.driver().findElements(By.cssSelector("#files tbody tr"))).hasSize(2);
        assertThat(browser.text("#files tbody tr:first-child .file-state")).startsWith("Sustituido por EV-");
        assertThat(browser.text("#files tbody tr:last-child .file-state")).startsWith("Vigente");
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedBesideTheForm() throws Exception {
        browser.logIn("lider").go("/evidence/86001/MINUTES/" + meeting);
        browser.driver().findElement(By.id("evidence-file"))
                .sendKeys(file("script.pdf", "#!/bin/sh\necho no\n".getBytes(StandardCharsets.US_ASCII)).toString());
        browser.click("#form-evidence button[type=submit]");
        assertThat(browser.text("#form-evidence [role=alert]")).isNotBlank();
        browser.click("#form-evidence button[type=submit]");
        assertThat(browser.text("#evidence-file-error")).isEqualTo("Elija el archivo que va a adjuntar.");
    }

    @Test
    void planningAndAuthorsReadTheFilesButAreOfferedNoFormForMinutes() {
        for (String user : List.of("planeacion", "autor", "control")) {
            browser.logIn(user).go("/evidence/86001/MINUTES/" + meeting);
            assertThat(browser.text("main h1")).as(user).contains(meeting);
            assertThat(browser.present("#form-evidence")).as(user).isFalse();
        }
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** The link fetched with the browser's session cookie, as a click would, so that the bytes can be compared. */
    private HttpResponse<byte[]> underTheSession(String href) throws IOException, InterruptedException {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
