package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Failed sign-ins and access denials reach the log with who and what, never with a secret. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityLoggingIntegrationTest extends GelPlanIntegrationTest {

    private static final String WRONG_PASSWORD = "Contraseña-Equivocada-7731";

    @Test
    void aFailedSignInIsLoggedWithTheNameTriedButNotThePassword(CapturedOutput output) {
        ResponseEntity<String> answer = http.withBasicAuth("planeacion", WRONG_PASSWORD)
                .getForEntity("/api/v1/plans", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(output).contains("Sign-in failed: user=planeacion reason=BadCredentialsException");
        assertThat(output).doesNotContain(WRONG_PASSWORD).doesNotContain("$2a$");
    }

    @Test
    void anUnknownUserIsLoggedAsAFailedSignInToo(CapturedOutput output) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                "nadie\r\nWARN forged line:x".getBytes(StandardCharsets.UTF_8)));
        http.exchange("/api/v1/plans", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(output).contains("Sign-in failed: user=nadie??WARN forged line reason=BadCredentialsException");
    }

    @Test
    void aMissingRoleIsLoggedAsAnAccessDenial(CapturedOutput output) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = as("control").exchange("/api/v1/plans", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(output).contains("Access denied: user=control authorities=[ROLE_CONTROL_INTERNO] POST /api/v1/plans");
        assertThat(output).doesNotContain("control:control").doesNotContain("Y29udHJvbDpjb250cm9s");
    }

    @Test
    void anotherEntityIsLoggedAsAnAccessDenial(CapturedOutput output) {
        ResponseEntity<String> answer = as("miembro").getForEntity("/api/v1/committees/05001", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(output).contains("Access denied: user=miembro authorities=[ROLE_COMMITTEE_MEMBER] GET /api/v1/committees/05001");
    }

    @Test
    void behindATlsProxyAnswersCarryStrictTransportSecurity() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-Proto", "https");
        ResponseEntity<String> viaProxy = http.exchange("/api/v1/plans", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        ResponseEntity<String> direct = http.getForEntity("/api/v1/plans", String.class);

        assertThat(viaProxy.getHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertThat(direct.getHeaders().containsKey("Strict-Transport-Security")).isFalse();
    }
}
