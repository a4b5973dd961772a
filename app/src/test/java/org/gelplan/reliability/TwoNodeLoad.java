package org.gelplan.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent criterion fulfilments and revocations over HTTP, from client threads split between two
 * nodes, all on the same plan: every command touches the plan's one compliance aggregate, so commands
 * on different nodes conflict on its sequence and one of them is refused (409) while the other lands.
 * Each command carries its own {@code X-Request-Id} and {@code Idempotency-Key}; a 2xx is acknowledged,
 * unless it replays the stored answer of an earlier request with the same key (then that one's event counts).
 */
final class TwoNodeLoad {

    private static final int THREADS_PER_NODE = 2;

    private final String plan;
    private final String bearer;
    private final List<String> criteria;
    private final Queue<CommandLoad.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    TwoNodeLoad(String plan, String bearer, List<String> criteria) {
        this.plan = plan;
        this.bearer = bearer;
        this.criteria = criteria;
    }

    void start(String round, URI... nodes) {
        running = true;
        threads.clear();
        for (URI node : nodes) {
            for (int t = 0; t < THREADS_PER_NODE; t++) {
                Random random = new Random(31L * threads.size() + round.hashCode());
                ApiClient api = new ApiClient(node);
                Thread thread = new Thread(() -> run(api, random, round), "load-" + node.getPort() + "-" + t);
                threads.add(thread);
                thread.start();
            }
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(70_000);
        }
    }

    /** Sends one fulfilment or revocation; the status, or -1 when no answer came (the node died). */
    int command(ApiClient api, String code, boolean fulfil, String requestId, String idempotencyKey) {
        String path = "/api/v1/plans/" + plan + "/criteria/" + code + (fulfil ? "/fulfilment" : "/revocation");
        String body = fulfil ? "{\"fulfilledOn\":\"2012-03-01\",\"evidence\":{\"description\":\"Evidencia de " + code + "\"}}"
                : "{\"reason\":\"Evidencia retirada en la prueba de dos nodos\"}";
        sent.incrementAndGet();
        try {
            HttpResponse<String> answer = api.send(null, "POST", path, body, requestId, "Authorization", bearer,
                    "Idempotency-Key", idempotencyKey);
            int status = answer.statusCode();
            if (status >= 200 && status < 300 && answer.headers().firstValue("Idempotent-Replayed").isPresent()) {
                replayed.incrementAndGet();
            } else if (status >= 200 && status < 300) {
                acknowledged.add(new CommandLoad.Acknowledged(requestId, fulfil ? "CriterionFulfilled"
                        : "CriterionFulfilmentRevoked"));
            } else if (status == 409 || status == 422) {
                conflicts.incrementAndGet();
            } else {
                unexpected.add(status + " " + path + ": " + answer.body());
            }
            return status;
        } catch (IOException | InterruptedException e) {
            unanswered.incrementAndGet();
            return -1;
        }
    }

    private void run(ApiClient api, Random random, String round) {
        while (running) {
            String code = criteria.get(random.nextInt(criteria.size()));
            if (command(api, code, random.nextBoolean(), "two-" + round + "-" + sent.get() + "-" + UUID.randomUUID(),
                    UUID.randomUUID().toString()) < 0) {
                AppProcess.sleep(50);
            }
        }
    }

    List<CommandLoad.Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    long conflicts() {
        return conflicts.get();
    }

    long replayed() {
        return replayed.get();
    }

    long unanswered() {
        return unanswered.get();
    }

    long sent() {
        return sent.get();
    }
}
