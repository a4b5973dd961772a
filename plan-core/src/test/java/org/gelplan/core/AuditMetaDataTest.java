package org.gelplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class AuditMetaDataTest {

    @Test
    void namesTheActorAndTheirRolesInDeclarationOrder() {
        Actor leader = new Actor("lider", Set.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_LEADER), EntityScope.of("86001"));

        MetaData metaData = AuditMetaData.of(leader);

        assertThat(metaData).containsEntry("actor", "lider")
                .containsEntry("actorRoles", "COMMITTEE_LEADER,COMMITTEE_MEMBER");
        assertThat(AuditMetaData.actorOf(metaData)).isEqualTo("lider");
        assertThat(AuditMetaData.rolesOf(metaData)).containsExactly(Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER);
    }

    @Test
    void aSystemActorHasNoRoles() {
        MetaData metaData = AuditMetaData.of(Actor.system("deadline-sweep"));

        assertThat(AuditMetaData.actorOf(metaData)).isEqualTo("system:deadline-sweep");
        assertThat(metaData).containsEntry("actorRoles", "");
        assertThat(AuditMetaData.rolesOf(metaData)).isEmpty();
    }

    @Test
    void aMessageWithoutActorIsABug() {
        assertThatIllegalStateException().isThrownBy(() -> AuditMetaData.actorOf(MetaData.emptyInstance()));
        assertThatIllegalStateException().isThrownBy(() -> AuditMetaData.actorOf(MetaData.with("actor", " ")));
    }

    @Test
    void ignoresRoleNamesItDoesNotKnow() {
        assertThat(AuditMetaData.rolesOf(MetaData.with("actorRoles", "ADMIN,ASTRONAUT"))).containsExactly(Role.ADMIN);
    }

    @Test
    void readsTheOptionalKeys() {
        MetaData metaData = MetaData.with("correlationId", "c-1").and("requestId", "r-1")
                .and("reason", "empalme").and("synthetic", true);

        assertThat(AuditMetaData.correlationIdOf(metaData)).contains("c-1");
        assertThat(AuditMetaData.requestIdOf(metaData)).contains("r-1");
        assertThat(AuditMetaData.reasonOf(metaData)).contains("empalme");
        assertThat(AuditMetaData.isSynthetic(metaData)).isTrue();
        assertThat(AuditMetaData.isSynthetic(MetaData.emptyInstance())).isFalse();
        assertThat(AuditMetaData.reasonOf(MetaData.emptyInstance())).isEmpty();
    }
}
