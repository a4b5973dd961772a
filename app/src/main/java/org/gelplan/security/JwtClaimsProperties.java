package org.gelplan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a bearer token (JWT) names the user, their roles and their entities. The defaults fit
 * Keycloak: {@code preferred_username}, realm roles under {@code realm_access.roles}, and a claim of
 * our own, {@code gel_entities} (a list of DANE codes, departments or {@code *}, or one comma-separated
 * string), added to the token by a protocol mapper. The resource server itself is switched on by
 * Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 *
 * @param usernameClaim the user id recorded on every event; {@code sub} when the token lacks it
 * @param rolesClaim    a dotted path to a list of role names; names that are no GEL Plan role are ignored
 * @param entitiesClaim the entity scope; a token without it acts for no entity
 */
@ConfigurationProperties("gelplan.security.jwt")
public record JwtClaimsProperties(@DefaultValue("preferred_username") String usernameClaim,
                                  @DefaultValue("realm_access.roles") String rolesClaim,
                                  @DefaultValue("gel_entities") String entitiesClaim) {
}
