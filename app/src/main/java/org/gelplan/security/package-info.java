/**
 * Who may do what, for which entity, and the record of who did it.
 *
 * <p>A controller checks the role with {@code @PreAuthorize("hasRole('COMMITTEE_MEMBER')")} and the entity
 * with {@link org.gelplan.security.ScopeGuard#check(String)} (or {@code @scopeGuard.covers(#entityCode)}
 * inside {@code @PreAuthorize}), then sends its command through the {@code CommandGateway}:
 * {@link org.gelplan.security.ActorMetaDataInterceptor} adds the actor, roles, request and correlation ids,
 * and the correlation data providers of {@link org.gelplan.security.AuditMetaDataConfiguration} copy them
 * onto every event. Code running outside a request names itself:
 * {@code commandGateway.sendAndWait(command, AuditMetaData.of(Actor.system("deadline-sweep")))}.
 *
 * <p>Users come from {@link org.gelplan.security.GelUserSource} beans (configuration, demo mode, later
 * MongoDB) through {@link org.gelplan.security.CompositeUserDetailsService}.
 */
package org.gelplan.security;
