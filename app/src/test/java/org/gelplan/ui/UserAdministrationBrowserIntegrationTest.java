package org.gelplan.ui;

import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User administration in a real browser, with users of their own (Villagarzón, 86885): the admin's form
 * shows each error beside its field and the API's refusals beside the form, and sets the user's e-mail; a user created for another
 * municipality signs in and cannot see Mocoa's plan; a disabled user's open session ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdministrationBrowserIntegrationTest extends GelPlanIntegrationTest {

    private static final String PASSWORD = "clave-de-villagarzon-86885";

    @LocalServerPort
    int port;

    private Browser admin;
    private Browser other;

    @BeforeAll
    void openTwoBrowsers() {
        admin = Browser.open(port);
        other = Browser.open(port);
    }

    @AfterAll
    void closeTheBrowsers() {
        for (Browser browser : new Browser[]{admin, other}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void aUserCreatedForAnotherMunicipalitySignsInAndCannotSeeMocoasPlanUntilDisabled() {
        admin.logIn("admin").go("/users");
        admin.type("user-username", "planeacion-86885");
        admin.type("user-password", "corta");
        admin.type("user-entities", "86885");
        admin.type("user-email", "no es un correo");
        admin.click("#form-user button[type=submit]");
        assertThat(admin.text("#user-password-error")).isNotBlank();
        assertThat(admin.text("#user-roles-error")).isNotBlank();
        assertThat(admin.text("#user-email-error")).isNotBlank();

        admin.type("user-password", PASSWORD);
        admin.type("user-email", "planeacion@villagarzon-putumayo.gov.co");
        admin.driver().findElement(By.id("user-role-PLANNING")).click();
        admin.click("#form-user button[type=submit]");
        assertThat(admin.text("#confirmation")).isEqualTo("Quedó registrado: se creó el usuario planeacion-86885.");
        assertThat(admin.text("#user-entities")).isEqualTo("86885");
        assertThat(admin.text("#user-roles")).isEqualTo("Planeación");
        assertThat(admin.text("#user-email")).isEqualTo("planeacion@villagarzon-putumayo.gov.co");
        admin.type("email-email", "planeacion@villagarzon");
        admin.click("#form-email button[type=submit]");
        assertThat(admin.text("#form-email [role=alert]")).as("the API's refusal beside the form").isNotBlank();
        admin.type("email-email", "sistemas@villagarzon-putumayo.gov.co");
        admin.click("#form-email button[type=submit]");
        assertThat(admin.text("#confirmation")).isEqualTo("Quedó registrado: cambió el correo electrónico de planeacion-86885.");
        assertThat(admin.text("#user-email")).isEqualTo("sistemas@villagarzon-putumayo.gov.co");
        admin.screenshot("user");

        other.logIn("planeacion-86885", PASSWORD);
        assertThat(other.text("#current-user")).isEqualTo("planeacion-86885");
        assertThat(other.present("a[href='/plans/86001-2009']")).isFalse();
        other.go("/plans/86001-2009");
        assertThat(other.present("#percent-INFORMACION")).isFalse();
        other.go("/improvement-plans/86001");
        assertThat(other.present("#improvement-summary")).isFalse();

        admin.go("/users/planeacion-86885");
        admin.click("#form-disable button[type=submit]");
        assertThat(admin.text("#confirmation"))
                .isEqualTo("Quedó registrado: se desactivó el usuario planeacion-86885; sus sesiones terminaron.");
        assertThat(admin.text("#user-state")).isEqualTo("Desactivado");

        other.go("/");
        assertThat(other.driver().getCurrentUrl()).endsWith("/login");
        assertThat(other.present("#current-user")).isFalse();

        admin.click("#form-enable button[type=submit]");
        assertThat(admin.text("#user-state")).isEqualTo("Activo");
        admin.go("/users");
        assertThat(admin.text("#user-planeacion-86885")).contains("Planeación").contains("86885").contains("Activo");
        admin.screenshot("users");
    }

    @Test
    void reRolingIsRecordedAndAMalformedEntityIsRefusedBesideTheForm() {
        admin.logIn("admin").go("/users");
        admin.type("user-username", "miembro-86885");
        admin.type("user-password", PASSWORD);
        admin.driver().findElement(By.id("user-role-COMMITTEE_MEMBER")).click();
        admin.type("user-entities", "86885");
        admin.click("#form-user button[type=submit]");
        assertThat(admin.text("#user-roles")).isEqualTo("Integrante del comité");

        admin.driver().findElement(By.id("roles-role-COMMITTEE_LEADER")).click();
        admin.type("roles-entities", "86885, 86568");
        admin.click("#form-roles button[type=submit]");
        assertThat(admin.text("#confirmation")).isEqualTo("Quedó registrado: cambiaron los roles y entidades de miembro-86885.");
        assertThat(admin.text("#user-roles")).contains("Líder del comité").contains("Integrante del comité");
        assertThat(admin.text("#user-entities")).contains("86568").contains("86885");

        admin.type("roles-entities", "villagarzon");
        admin.click("#form-roles button[type=submit]");
        assertThat(admin.text("#form-roles [role=alert]")).contains("villagarzon");
        assertThat(admin.text("#user-entities")).contains("86568").doesNotContain("villagarzon");
    }

    @Test
    void aNameADemoUserHoldsIsRefusedAndOnlyAdminsReachThePage() {
        admin.logIn("admin").go("/users");
        admin.type("user-username", "miembro");
        admin.type("user-password", PASSWORD);
        admin.driver().findElement(By.id("user-role-AUTHOR")).click();
        admin.type("user-entities", "86001");
        admin.click("#form-user button[type=submit]");
        assertThat(admin.text("#form-user [role=alert]")).contains("miembro");

        for (String user : List.of("lider", "control")) {
            other.logIn(user).go("/users");
            assertThat(other.present("#form-user")).as(user).isFalse();
            assertThat(other.present("#nav-users")).as(user).isFalse();
        }
    }
}
