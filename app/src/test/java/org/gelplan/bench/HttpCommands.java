package org.gelplan.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.ListInventoryItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * The same command (a trámite listed in an entity's inventory) sent in-process through the
 * CommandGateway and over HTTP with a bearer token, JSON and an Idempotency-Key: security, parsing,
 * validation, the idempotency record and the read-your-writes wait are what the ratio prices.
 */
final class HttpCommands {

    private static final int ENTITIES = 50;
    private static final LocalDate LISTED_ON = LocalDate.of(2010, 1, 4);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String bearer;
    private final CommandGateway gateway;

    HttpCommands(String base, String token, CommandGateway gateway) {
        this.base = base;
        this.bearer = "Bearer " + token;
        this.gateway = gateway;
    }

    /**
     * The first of the 50 inventories a pass lists items in: each pass (in-process or HTTP, at each store size)
     * starts with empty ones of its own, so that no pass pays for a read model another one grew. Codes 90000
     * and up: no DANE department 90 exists.
     */
    static int firstInventory(int pass) {
        return 90_000 + ENTITIES * pass;
    }

    double inProcess(int threads, long commands, String run, int firstInventory) {
        return inProcess(threads, commands, run, call -> entity(firstInventory, call));
    }

    /** Every command into the one inventory of {@code entity}. */
    double inProcessInto(int threads, long commands, String run, String entity) {
        return inProcess(threads, commands, run, call -> entity);
    }

    double overHttp(int threads, long commands, String run, int firstInventory) {
        return overHttp(threads, commands, run, call -> entity(firstInventory, call));
    }

    /** Every command into the one inventory of {@code entity}. */
    double overHttpInto(int threads, long commands, String run, String entity) {
        return overHttp(threads, commands, run, call -> entity);
    }

    private double inProcess(int threads, long commands, String run, LongFunction<String> entityOf) {
        var metaData = AuditMetaData.of(new Actor("benchmark", Set.of(Role.COMMITTEE_MEMBER), EntityScope.of("*")))
                .and(AuditMetaData.SYNTHETIC, true);
        return Throughput.measure(threads, commands, (thread, call) -> gateway.sendAndWait(asCommandMessage(
                new ListInventoryItem(InventoryId.of(entityOf.apply(call)), item(run + "-" + call)))
                .andMetaData(metaData)));
    }

    private double overHttp(int threads, long commands, String run, LongFunction<String> entityOf) {
        return Throughput.measure(threads, commands, (thread, call) -> {
            String code = run + "-" + call;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inventories/" + entityOf.apply(call) + "/items"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"item\":{\"kind\":\"TRAMITE\","
                            + "\"name\":\"Trámite sintético " + code + "\",\"office\":\"Secretaría de Gobierno\","
                            + "\"listedOn\":\"" + LISTED_ON + "\"}}"))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
        });
    }

    static List<String> roles() {
        return List.of(Role.COMMITTEE_MEMBER.name());
    }

    private static String entity(int firstInventory, long call) {
        return String.valueOf(firstInventory + call % ENTITIES);
    }

    private static InventoryItem item(String code) {
        return new InventoryItem(code, InventoryItemKind.TRAMITE, "Trámite sintético " + code, "Secretaría de Gobierno",
                LISTED_ON, null, null, null);
    }
}
