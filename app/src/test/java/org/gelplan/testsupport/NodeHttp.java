package org.gelplan.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP to a {@link GelPlanNode} as a demo user (password = user name), never throwing on 4xx/5xx. */
public final class NodeHttp {

    private final TestRestTemplate http;

    public NodeHttp(GelPlanNode node) {
        this.http = new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://127.0.0.1:" + node.bean(Environment.class).getProperty("local.server.port")));
    }

    public TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user);
    }

    public TestRestTemplate anonymous() {
        return http;
    }

    public ResponseEntity<JsonNode> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
    }
}
