package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.web.RequestIdFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ActorMetaDataInterceptorTest {

    record FulfilCriterion(String planId, String code) {
    }

    private final ActorMetaDataInterceptor interceptor = new ActorMetaDataInterceptor();
    private final CommandMessage<?> command =
            GenericCommandMessage.asCommandMessage(new FulfilCriterion("86001-2009", "INF-NORM-02"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void stampsTheSignedInUserTheirRolesAndTheRequestIds() throws Exception {
        signIn(new GelUser("lider", "hash", Set.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_LEADER), EntityScope.of("86001")));

        MetaData metaData = withinRequest("req-7", "corr-3", () -> intercept(command)).getMetaData();

        assertThat(metaData)
                .containsEntry(AuditMetaData.ACTOR, "lider")
                .containsEntry(AuditMetaData.ACTOR_ROLES, "COMMITTEE_LEADER,COMMITTEE_MEMBER")
                .containsEntry(AuditMetaData.REQUEST_ID, "req-7")
                .containsEntry(AuditMetaData.CORRELATION_ID, "corr-3");
    }

    @Test
    void refusesToDispatchACommandThatNobodySent() {
        assertThatThrownBy(() -> intercept(command))
                .isInstanceOf(MissingActor.class)
                .hasMessageContaining(FulfilCriterion.class.getName());
    }

    @Test
    void anAnonymousCitizenIsNobody() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThatThrownBy(() -> intercept(command)).isInstanceOf(MissingActor.class);
    }

    @Test
    void keepsAnActorTheSenderNamedAndGivesTheCommandItsOwnIdsOutsideARequest() {
        CommandMessage<?> fromTheSystem = command.andMetaData(AuditMetaData.of(Actor.system("demo-data")));

        MetaData metaData = intercept(fromTheSystem).getMetaData();

        assertThat(metaData).containsEntry(AuditMetaData.ACTOR, "system:demo-data")
                .containsEntry(AuditMetaData.ACTOR_ROLES, "");
        assertThat(AuditMetaData.requestIdOf(metaData)).isPresent();
        assertThat(AuditMetaData.correlationIdOf(metaData)).isEqualTo(AuditMetaData.requestIdOf(metaData));
    }

    @Test
    void keepsWhatACommandInheritedFromTheEventThatCausedIt() {
        signIn(new GelUser("miembro", "hash", Set.of(Role.COMMITTEE_MEMBER), EntityScope.of("86001")));
        CommandMessage<?> policyCommand = command.andMetaData(MetaData.with(AuditMetaData.ACTOR, "admin")
                .and(AuditMetaData.ACTOR_ROLES, "ADMIN")
                .and(AuditMetaData.REQUEST_ID, "req-1")
                .and(AuditMetaData.CORRELATION_ID, "corr-1"));

        MetaData metaData = intercept(policyCommand).getMetaData();

        assertThat(metaData).containsEntry(AuditMetaData.ACTOR, "admin")
                .containsEntry(AuditMetaData.ACTOR_ROLES, "ADMIN")
                .containsEntry(AuditMetaData.REQUEST_ID, "req-1")
                .containsEntry(AuditMetaData.CORRELATION_ID, "corr-1");
    }

    @Test
    void aPrincipalFromElsewhereKeepsItsNameAndKnownRoles() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "oidc-user", null, AuthorityUtils.createAuthorityList("ROLE_PLANNING", "SCOPE_openid")));

        MetaData metaData = intercept(command).getMetaData();

        assertThat(metaData).containsEntry(AuditMetaData.ACTOR, "oidc-user")
                .containsEntry(AuditMetaData.ACTOR_ROLES, "PLANNING");
    }

    private CommandMessage<?> intercept(CommandMessage<?> message) {
        return interceptor.handle(List.of(message)).apply(0, message);
    }

    private static void signIn(GelUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Runs the work inside {@link RequestIdFilter}, the only place request ids are set. */
    private static <T> T withinRequest(String requestId, String correlationId, java.util.function.Supplier<T> work)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/plans");
        request.addHeader(RequestIdFilter.REQUEST_ID_HEADER, requestId);
        request.addHeader(RequestIdFilter.CORRELATION_ID_HEADER, correlationId);
        AtomicReference<T> result = new AtomicReference<>();
        new RequestIdFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> result.set(work.get()));
        return result.get();
    }
}
