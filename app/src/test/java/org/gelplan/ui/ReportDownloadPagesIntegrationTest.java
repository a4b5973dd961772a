package org.gelplan.ui;

import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The reports page's preview and downloads work with the browser session (form login, no Basic
 * credentials), rendered as the API renders them; anonymous visitors are sent to the login page.
 * On a plan of its own (Mocoa re-adopted in 2020).
 */
class ReportDownloadPagesIntegrationTest extends GelPlanIntegrationTest {

    static final String PLAN = "86001-2020";
    static final String DOCUMENT = "/plans/" + PLAN + "/reports/2020-Q1/document";

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void adoptThePlan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (as("admin").getForEntity("/api/v1/plans/" + PLAN, String.class).getStatusCode() == HttpStatus.OK) {
            return;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("admin").postForEntity("/api/v1/plans",
                new HttpEntity<>(TestPlans.mocoaAdoptedOn("2020-02-03").toString(), headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aSignedInSessionDownloadsThePdf() throws Exception {
        MockHttpServletResponse pdf = mvc.perform(get(DOCUMENT).param("format", "pdf").session(signIn("planeacion")))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getHeader("X-Report-SHA256")).hasSize(64);
    }

    @Test
    void theHtmlPreviewKeepsItsOwnStyleAndNoScriptAndTheOtherFormatsDownload() throws Exception {
        MockHttpSession session = signIn("autor");
        MockHttpServletResponse html = mvc.perform(get(DOCUMENT).session(session)).andReturn().getResponse();
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getHeader("Content-Security-Policy")).contains("style-src 'unsafe-inline'")
                .contains("default-src 'none'").doesNotContain("script-src");
        assertThat(html.getContentAsString(StandardCharsets.UTF_8)).contains("2020-Q1");

        MockHttpServletResponse csv = mvc.perform(get(DOCUMENT).param("format", "csv").session(session))
                .andReturn().getResponse();
        assertThat(csv.getContentType()).isEqualTo("application/zip");
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment");
        MockHttpServletResponse json = mvc.perform(get(DOCUMENT).param("format", "json").session(session))
                .andReturn().getResponse();
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(mvc.perform(get(DOCUMENT).param("format", "exe").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anonymousVisitorsAndOtherEntitiesAreRefused() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get(DOCUMENT).param("format", "pdf")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getHeader("Location")).endsWith("/login");
        MockHttpServletResponse elsewhere = mvc.perform(get("/plans/05001-2009/reports/2009-Q4/document")
                .param("format", "pdf").session(signIn("planeacion"))).andReturn().getResponse();
        assertThat(elsewhere.getStatus()).isIn(403, 404);
    }

    private MockHttpSession signIn(String user) throws Exception {
        var result = mvc.perform(formLogin("/login").user(user).password(user)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
