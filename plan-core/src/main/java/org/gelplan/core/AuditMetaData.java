package org.gelplan.core;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;

/**
 * The Axon {@link MetaData} keys that say who did something, why, and within which request. The
 * web platform adds them to every command; correlation data providers copy them onto every event
 * the command's handler applies. Handlers read them with the static helpers below.
 */
public final class AuditMetaData {

    /** User id of whoever sent the command, or {@code system:<component>}. */
    public static final String ACTOR = "actor";
    /** The actor's roles, comma-separated in {@link Role} order, e.g. {@code COMMITTEE_LEADER,COMMITTEE_MEMBER}. */
    public static final String ACTOR_ROLES = "actorRoles";
    /** Ties together everything one business interaction caused ({@code X-Correlation-Id}). */
    public static final String CORRELATION_ID = "correlationId";
    /** The HTTP request that caused the command ({@code X-Request-Id}). */
    public static final String REQUEST_ID = "requestId";
    /** {@code true} on demo history that never happened (SPEC §6, GEL_DEMO_HISTORY). */
    public static final String SYNTHETIC = "synthetic";
    /** Why the actor did it, where the workflow asks for a reason. */
    public static final String REASON = "reason";

    /** Every key above: what commands carry and events inherit. */
    public static final List<String> PROPAGATED_KEYS =
            List.of(ACTOR, ACTOR_ROLES, CORRELATION_ID, REQUEST_ID, SYNTHETIC, REASON);

    private AuditMetaData() {
    }

    /**
     * Metadata naming the actor and their roles, for senders outside an HTTP request,
     * e.g. {@code commandGateway.sendAndWait(command, AuditMetaData.of(Actor.system("demo-data")))}.
     */
    public static MetaData of(Actor actor) {
        return MetaData.with(ACTOR, actor.userId()).and(ACTOR_ROLES, rolesText(actor.roles()));
    }

    /** The actor's user id; a message without one is a bug, so this throws rather than guess. */
    public static String actorOf(MetaData metaData) {
        Object actor = metaData.get(ACTOR);
        if (!(actor instanceof String id) || id.isBlank()) {
            throw new IllegalStateException("message carries no actor in its metadata: " + metaData);
        }
        return id;
    }

    /** The actor's roles; unknown role names (from a later version) are ignored. */
    public static Set<Role> rolesOf(MetaData metaData) {
        Object text = metaData.get(ACTOR_ROLES);
        if (!(text instanceof String roles) || roles.isBlank()) {
            return Set.of();
        }
        Set<String> names = Arrays.stream(roles.split(",")).map(String::trim).collect(Collectors.toSet());
        return Arrays.stream(Role.values()).filter(role -> names.contains(role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public static Optional<String> correlationIdOf(MetaData metaData) {
        return text(metaData, CORRELATION_ID);
    }

    public static Optional<String> requestIdOf(MetaData metaData) {
        return text(metaData, REQUEST_ID);
    }

    public static Optional<String> reasonOf(MetaData metaData) {
        return text(metaData, REASON);
    }

    public static boolean isSynthetic(MetaData metaData) {
        Object value = metaData.get(SYNTHETIC);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** Roles in declaration order, comma-separated; empty for none. */
    public static String rolesText(Set<Role> roles) {
        return Arrays.stream(Role.values()).filter(roles::contains).map(Role::name)
                .collect(Collectors.joining(","));
    }

    private static Optional<String> text(MetaData metaData, String key) {
        return Optional.ofNullable(metaData.get(key)).map(Objects::toString).filter(value -> !value.isBlank());
    }
}
