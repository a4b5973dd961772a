package org.gelplan.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gelplan.web.WebPlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebPlatformTest
class SecurityHeadersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void apiAnswersAllowNothingToRunOrFrameThem() throws Exception {
        mvc.perform(get("/api/v1/test/whoami").with(httpBasic("miembro", "miembro")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.API_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"));
    }

    @Test
    void problemAnswersCarryTheHeadersToo() throws Exception {
        mvc.perform(get("/api/v1/test/whoami"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.API_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void pagesMayUseOnlyTheApplicationsOwnScriptsAndStyles() throws Exception {
        // this web slice has no page controllers: the browser chain's headers come whatever the page answers
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.PAGE_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void strictTransportSecurityOnlyOverTls() throws Exception {
        mvc.perform(get("/api/v1/public/test"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/v1/public/test").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }
}
