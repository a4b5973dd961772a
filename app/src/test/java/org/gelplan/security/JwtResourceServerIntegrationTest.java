package org.gelplan.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.gelplan.web.WebPlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The API as an OAuth2 resource server: Keycloak-like tokens signed by a key this test makes. */
@WebPlatformTest
@Import(AuthenticationFailureLog.class)
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "spring.messages.basename=messages,test-messages,i18n/security")
class JwtResourceServerIntegrationTest {

    private static final TestTokens TOKENS = TestTokens.create();
    private static final String FULFILMENT = """
            {"fulfilledOn":"2009-10-15","evidence":{"description":"Acta 3"},"votes":7}""";

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TOKENS::publicKeyLocation);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aTokenNamesTheUserTheirRealmRolesAndTheirEntities() throws Exception {
        String token = TOKENS.token("ana.perez", List.of("COMMITTEE_LEADER", "offline_access", "uma_authorization"),
                List.of("86001", "86"));

        mvc.perform(bearer(get("/api/v1/test/whoami"), token))
                .andExpect(status().isOk())
                .andExpect(content().string("ana.perez [COMMITTEE_LEADER, COMMITTEE_MEMBER] 86,86001"));
    }

    @Test
    void rolesAndScopeFromTheTokenAreEnforced() throws Exception {
        String member = TOKENS.token("ana.perez", List.of("COMMITTEE_MEMBER"), "86001");

        mvc.perform(bearer(get("/api/v1/test/members").param("entityCode", "86001"), member))
                .andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/test/entities/05001"), member))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/scope.out-of-scope"));
        mvc.perform(bearer(post("/api/v1/test/fulfilments").contentType(MediaType.APPLICATION_JSON).content(FULFILMENT),
                        member))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenWithoutEntitiesActsForNone() throws Exception {
        mvc.perform(bearer(get("/api/v1/test/entities/86001"), TOKENS.token("ana.perez", List.of("PLANNING"), null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void forgedExpiredAndMalformedTokensAreUnauthorizedAndLoggedWithoutTheToken(CapturedOutput output)
            throws Exception {
        for (String token : List.of(TOKENS.forged("admin"), TOKENS.expired("admin"), "not.a.jwt",
                TOKENS.token("ana", List.of("ADMIN"), List.of("86001 OR 1=1")),
                TOKENS.token("system:deadline-sweep", List.of("ADMIN"), "*"))) {
            mvc.perform(bearer(get("/api/v1/test/whoami"), token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/auth.bad-token"))
                    .andExpect(jsonPath("$.title").value("Token de acceso inválido"));
            assertThat(output).doesNotContain(token.substring(0, Math.min(token.length(), 20)));
        }
        assertThat(output).contains("Sign-in failed: user=(bearer token) reason=InvalidBearerTokenException");
    }

    @Test
    void basicAuthenticationStillWorksBesideTokens() throws Exception {
        mvc.perform(get("/api/v1/test/whoami").with(httpBasic("miembro", "miembro")))
                .andExpect(status().isOk())
                .andExpect(content().string("miembro [COMMITTEE_MEMBER] 86001"));
    }

    @Test
    void aTokenIsNoSessionAndNeedsNoCsrfToken() throws Exception {
        mvc.perform(bearer(post("/api/v1/test/fulfilments").contentType(MediaType.APPLICATION_JSON).content(FULFILMENT),
                        TOKENS.token("operador", List.of("ADMIN"), "*")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
