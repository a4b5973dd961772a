package org.gelplan.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent commands over HTTP against one running application, as clients send them: criteria
 * fulfilled and revoked on the harness's own plan, an indicator measured and corrected, meetings
 * scheduled. Every command carries its own {@code X-Request-Id}, which the application stores in
 * the metadata of the events it records; a 2xx answer is remembered as acknowledged. The state the
 * threads walk through (which criterion, which period, which meeting date) lives on across rounds,
 * and a refusal (4xx) after a crash only tells a thread that an unacknowledged command went through.
 */
final class CommandLoad {

    static final String PLAN = "86001-2012";
    static final String PLAN_ADOPTED_ON = "2012-02-01";
    private static final String MEASURED_PLAN = "86001-2009";
    private static final String INDICATOR = "T7-A1-I3";
    private static final int CRITERIA_THREADS = 2;
    private static final int MEETING_THREADS = 2;

    /** A command the application acknowledged, and the event type it must have recorded once. */
    record Acknowledged(String requestId, String eventType) {
    }

    private final ApiClient api = new ApiClient(URI.create("http://127.0.0.1"));
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> believedFulfilled = new ConcurrentHashMap<>();
    private final AtomicInteger nextPeriod = new AtomicInteger();
    private final AtomicInteger nextMeeting = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final List<String> serverErrors = new ArrayList<>();
    private List<String> criteria = List.of();

    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();
    private String round = "0";

    /** Waits until the demo data the load relies on (Mocoa's committee and indicators) is loaded. */
    void awaitDemoData(URI app) throws IOException, InterruptedException {
        api.pointAt(app);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (send("miembro", "GET", "/api/v1/committees/86001", null, "crash-ready").statusCode() != 200
                || send("miembro", "GET", "/api/v1/plans/" + MEASURED_PLAN + "/indicators/" + INDICATOR, null,
                        "crash-ready").statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo data did not load within two minutes");
            }
            Thread.sleep(200);
        }
    }

    /** Adopts the harness's plan on a fresh store and learns its criteria. */
    void prepare(URI app, String planBody) throws IOException, InterruptedException {
        api.pointAt(app);
        HttpResponse<String> adopted = send("admin", "POST", "/api/v1/plans", planBody, "crash-adopt");
        if (adopted.statusCode() != 201) {
            throw new AssertionError("adoption answered " + adopted.statusCode() + ": " + adopted.body());
        }
        HttpResponse<String> listed = send("miembro", "GET", "/api/v1/plans/" + PLAN + "/criteria", null, "crash-list");
        criteria = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(listed.body())
                .findValuesAsText("code");
    }

    void start(URI app, int roundNumber) {
        api.pointAt(app);
        round = String.valueOf(roundNumber);
        running = true;
        threads.clear();
        for (int t = 0; t < CRITERIA_THREADS; t++) {
            int slice = t;
            threads.add(started("criteria-" + t, () -> criteria(slice)));
        }
        for (int t = 0; t < MEETING_THREADS; t++) {
            int thread = t;
            threads.add(started("meetings-" + t, () -> meetings(thread)));
        }
        threads.add(started("measurements", this::measurements));
    }

    /** Called once the application is dead: the threads see their connections fail and end. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }

    /** Waits until this many commands have been acknowledged in all, so that each crash interrupts real work. */
    void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline || !serverErrors().isEmpty()) {
                throw new AssertionError(acknowledged.size() + " of " + count + " commands acknowledged in time; "
                        + "5xx answers: " + serverErrors());
            }
            Thread.sleep(10);
        }
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    long sent() {
        return sent.get();
    }

    long refused() {
        return refused.get();
    }

    long unanswered() {
        return unanswered.get();
    }

    synchronized List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    private void criteria(int slice) {
        for (int i = slice; running; i += CRITERIA_THREADS) {
            String code = criteria.get(i % criteria.size());
            boolean fulfilled = believedFulfilled.getOrDefault(code, false);
            String path = "/api/v1/plans/" + PLAN + "/criteria/" + code;
            Integer status = fulfilled
                    ? command(path + "/revocation", "{\"reason\":\"Evidencia retirada en la prueba de caídas\"}",
                            "CriterionFulfilmentRevoked")
                    : command(path + "/fulfilment", "{\"fulfilledOn\":\"2012-03-01\",\"evidence\":{\"description\":"
                            + "\"Evidencia de " + code + "\"}}", "CriterionFulfilled");
            if (status != null && status < 500) {
                // acknowledged, or refused because an unacknowledged command before the crash went through
                believedFulfilled.put(code, !fulfilled);
            }
        }
    }

    private void measurements() {
        String indicator = "/api/v1/plans/" + MEASURED_PLAN + "/indicators/" + INDICATOR + "/measurements";
        YearMonth first = YearMonth.of(2010, 1);
        int months = (int) ChronoUnit.MONTHS.between(first, YearMonth.now());
        while (running) {
            int n = nextPeriod.getAndIncrement();
            String period = first.plusMonths(n % months).toString();
            String measurement = "\"period\":\"" + period + "\",\"value\":" + (n % 40) + ",\"source\":\"Sitio web\"";
            Integer status = n < months ? command(indicator, "{" + measurement + "}", "IndicatorMeasured") : null;
            if (n >= months || status != null && status >= 400 && status < 500) {
                command(indicator + "/" + period + "/correction",
                        "{" + measurement + ",\"reason\":\"Recuento revisado\"}", "IndicatorMeasurementCorrected");
            }
        }
    }

    private void meetings(int thread) {
        while (running) {
            LocalDate day = LocalDate.of(2013, 1, 1).plusDays(nextMeeting.getAndIncrement());
            command("/api/v1/committees/86001/meetings", "{\"scheduledFor\":\"" + day
                    + "\",\"agenda\":[\"Seguimiento del plan (hilo " + thread + ")\"]}", "MeetingScheduled");
        }
    }

    private static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    /** Sends one command; the status, or null when no answer came (the application died). */
    private Integer command(String path, String body, String eventType) {
        String requestId = "crash-" + round + "-" + sent.incrementAndGet();
        try {
            HttpResponse<String> answer = send("miembro", "POST", path, body, requestId);
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                acknowledged.add(new Acknowledged(requestId, eventType));
            } else if (status >= 500) {
                synchronized (this) {
                    serverErrors.add(status + " " + path + ": " + answer.body());
                }
            } else {
                refused.incrementAndGet();
            }
            return status;
        } catch (IOException | InterruptedException e) {
            unanswered.incrementAndGet();
            if (running) {
                AppProcess.sleep(20);
            }
            return null;
        }
    }

    private HttpResponse<String> send(String user, String method, String path, String body, String requestId)
            throws IOException, InterruptedException {
        return api.send(user, method, path, body, requestId);
    }
}
