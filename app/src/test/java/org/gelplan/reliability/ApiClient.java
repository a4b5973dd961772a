package org.gelplan.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls a running application over HTTP as one of the demo users (password = user name). */
final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    void pointAt(URI app) {
        base = app;
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, "-");
    }

    /** Sends raw bytes with any content type, as a careless or hostile client would. */
    HttpResponse<String> sendBytes(String user, String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(authorized(request, user).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request with a JSON body (or none) and the given {@code X-Request-Id}; headers come in name/value pairs. */
    HttpResponse<String> send(String user, String method, String path, String body, String requestId, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(authorized(request, user).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String user) {
        return user == null ? request : request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
}
