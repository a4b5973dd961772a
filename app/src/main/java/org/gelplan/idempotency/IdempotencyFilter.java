package org.gelplan.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.axon.ReadYourWrites;
import org.gelplan.web.ProblemResponseWriter;
import org.gelplan.web.RequestIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Honours {@code Idempotency-Key} on API commands (SPEC §4, §7): the first request with a key runs
 * and its answer is stored; the same key with the same request gets that answer again and records
 * nothing twice; the same key with another request is refused (422). Keys belong to the signed-in
 * user and survive restarts, and two nodes racing on a key let one run. A claim whose attempt died
 * before answering is settled by {@link AbandonedClaims}: answered if its command was stored, else
 * run again. Runs after security.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

    private final IdempotencyRecords records;
    private final AbandonedClaims claims;
    private final ProblemResponseWriter problems;

    private final ReadYourWrites readYourWrites;
    private final List<BeforeCompletion> beforeCompletion;

    IdempotencyFilter(IdempotencyRecords records, AbandonedClaims claims, ProblemResponseWriter problems,
                      ReadYourWrites readYourWrites, ObjectProvider<BeforeCompletion> beforeCompletion) {
        this.records = records;
        this.claims = claims;
        this.problems = problems;
        this.readYourWrites = readYourWrites;
        this.beforeCompletion = beforeCompletion.orderedStream().toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !COMMANDS.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!KEY.matcher(key).matches() || user == null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "idempotency.invalid-key");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        Claimant claimant = claims.claimant(RequestIds.current().map(RequestIds::requestId).orElse(null));
        IdempotencyRecord started = IdempotencyRecord.started(user.getName() + ":" + key, hash(cached), claimant,
                Instant.now());
        Optional<IdempotencyRecord> existing = records.claim(started);
        if (existing.isPresent() && claims.abandoned(existing.get(), Instant.now())) {
            existing = settle(existing.get(), started);
        }
        if (existing.isEmpty()) {
            runAndRemember(cached, response, chain, started);
        } else if (!existing.get().requestHash().equals(started.requestHash())) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused", key);
        } else {
            replay(request, response, awaitAnswer(existing.get()), key);
        }
    }

    /**
     * An abandoned claim whose command stored events is completed with a recovered answer; one whose
     * command stored none is taken over by this request. Either replacement is conditional on the
     * abandoned claim still being there, so of two nodes settling it one wins and the other waits.
     *
     * @return empty when this request took the key over and runs the command
     */
    private Optional<IdempotencyRecord> settle(IdempotencyRecord abandoned, IdempotencyRecord started) {
        Optional<IdempotencyRecord> recovered = claims.recoveredAnswer(abandoned);
        if (!records.takeOver(abandoned, recovered.orElse(started))) {
            return Optional.of(abandoned);
        }
        return recovered;
    }

    /**
     * Runs the request and stores its answer before it leaves. The answer's write and the wait for this node's
     * projections (read-your-writes) run side by side: the answer is written first, then read-your-writes
     * waits, then the answer's durability is awaited, which a commit made meanwhile usually gives at once.
     */
    private void runAndRemember(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
                                IdempotencyRecord started) throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        readYourWrites.takeOver(request);
        boolean handled = false;
        try {
            chain.doFilter(request, captured);
            handled = true;
        } finally {
            if (captured.getStatus() >= 500) {
                records.release(started.id());
            } else {
                beforeCompletion.forEach(hook -> hook.beforeCompleting(started.id()));
                IdempotencyRecord answered = started.answered(captured.getStatus(), captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray());
                IdempotencyRecords.Durable completion = records.complete(answered);
                if (handled && readYourWrites.applies(request, captured.getStatus())) {
                    readYourWrites.await();
                }
                completion.await();
            }
            captured.copyBodyToResponse();
        }
    }

    private IdempotencyRecord awaitAnswer(IdempotencyRecord record) {
        Instant giveUp = Instant.now().plus(WAIT_FOR_FIRST);
        IdempotencyRecord current = record;
        while (!current.completed() && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = records.find(record.id()).orElse(current);
        }
        return current;
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, IdempotencyRecord answer, String key)
            throws IOException {
        if (!answer.completed()) {
            problems.write(request, response, HttpStatus.CONFLICT, "idempotency.in-progress", key);
            return;
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (answer.recovered()) {
            response.setHeader(AbandonedClaims.RECOVERED_HEADER, "true");
        }
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    static String hash(CachedBodyRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(request.body()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
