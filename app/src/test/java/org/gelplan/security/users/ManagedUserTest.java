package org.gelplan.security.users;

import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.security.users.api.ChangeUserRoles;
import org.gelplan.security.users.api.ChangeUserEmail;
import org.gelplan.security.users.api.CreateUser;
import org.gelplan.security.users.api.DisableUser;
import org.gelplan.security.users.api.EnableUser;
import org.gelplan.security.users.api.RecordPasswordChange;
import org.gelplan.security.users.api.UserCreated;
import org.gelplan.security.users.api.UserEmailChanged;
import org.gelplan.security.users.api.UserDisabled;
import org.gelplan.security.users.api.UserEnabled;
import org.gelplan.security.users.api.UserPasswordChanged;
import org.gelplan.security.users.api.UserRolesChanged;
import org.gelplan.security.users.api.UserRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a managed user's life, given/when/then. */
class ManagedUserTest {

    private static final MetaData ADMIN = AuditMetaData.of(new Actor("admin", Set.of(Role.ADMIN), EntityScope.national()));
    private static final MetaData OPS_HIMSELF = AuditMetaData.of(
            new Actor("ops.admin", Set.of(Role.ADMIN), EntityScope.national()));
    private static final MetaData MEMBER = AuditMetaData.of(
            new Actor("miembro", Set.of(Role.COMMITTEE_MEMBER), EntityScope.of("86001")));
    private static final UserCreated PASTO_MEMBER = new UserCreated("pasto.miembro", Set.of(Role.COMMITTEE_MEMBER),
            Set.of("52001"), null);
    private static final UserCreated OPS = new UserCreated("ops.admin", Set.of(Role.ADMIN), Set.of("*"), null);

    private FixtureConfiguration<ManagedUser> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ManagedUser.class);
    }

    @Test
    void anAdminCreatesAnEnabledUserWithRolesAndEntities() {
        fixture.givenNoPriorActivity()
                .when(new CreateUser("pasto.miembro", Set.of(Role.COMMITTEE_MEMBER), Set.of("52001"), null), ADMIN)
                .expectEvents(PASTO_MEMBER);
    }

    @Test
    void onlyAnAdminCreatesUsers() {
        fixture.givenNoPriorActivity()
                .when(new CreateUser("pasto.miembro", Set.of(Role.ADMIN), Set.of("*"), null), MEMBER)
                .expectException(UserRuleViolation.class)
                .expectExceptionMessage("user.admin-required")
                .expectNoEvents();
    }

    @Test
    void rejectsANameThatCouldPassForTheSystemOrAnOperator() {
        for (String name : new String[] {"system:deadline-sweep", "$where", "ab", "Mayúsculas"}) {
            fixture.givenNoPriorActivity()
                    .when(new CreateUser(name, Set.of(Role.PLANNING), Set.of("52001"), null), ADMIN)
                    .expectException(UserRuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("user.invalid-username"));
        }
    }

    @Test
    void rejectsAUserWithoutRolesOrWithAMalformedEntity() {
        fixture.givenNoPriorActivity()
                .when(new CreateUser("pasto.miembro", Set.of(), Set.of("52001"), null), ADMIN)
                .expectExceptionMessage("user.roles-required");
        fixture.givenNoPriorActivity()
                .when(new CreateUser("pasto.miembro", Set.of(Role.PLANNING), Set.of("52001", "{$gt:''}"), null), ADMIN)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("user.invalid-entity"));
        fixture.givenNoPriorActivity()
                .when(new CreateUser("pasto.miembro", Set.of(Role.PLANNING), Set.of(), null), ADMIN)
                .expectExceptionMessage("user.entities-required");
    }

    @Test
    void anAdminChangesAUsersRolesAndEntities() {
        fixture.given(PASTO_MEMBER)
                .when(new ChangeUserRoles("pasto.miembro", Set.of(Role.AUTHOR, Role.EDITOR), Set.of("52"), 1), ADMIN)
                .expectEvents(new UserRolesChanged("pasto.miembro", Set.of(Role.AUTHOR, Role.EDITOR), Set.of("52")));
    }

    @Test
    void anAdminDisablesAndEnablesAUserOnce() {
        fixture.given(PASTO_MEMBER)
                .when(new DisableUser("pasto.miembro", 1), ADMIN)
                .expectEvents(new UserDisabled("pasto.miembro"));
        fixture.given(PASTO_MEMBER, new UserDisabled("pasto.miembro"))
                .when(new DisableUser("pasto.miembro", 1), ADMIN)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("user.already-disabled"));
        fixture.given(PASTO_MEMBER, new UserDisabled("pasto.miembro"))
                .when(new EnableUser("pasto.miembro"), ADMIN)
                .expectEvents(new UserEnabled("pasto.miembro"));
        fixture.given(PASTO_MEMBER)
                .when(new EnableUser("pasto.miembro"), ADMIN)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("user.already-enabled"));
    }

    @Test
    void theLastEnabledAdminCannotDisableThemselves() {
        fixture.given(OPS)
                .when(new DisableUser("ops.admin", 0), OPS_HIMSELF)
                .expectException(UserRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("user.last-admin"))
                .expectNoEvents();
    }

    @Test
    void theLastEnabledAdminCannotGiveUpTheAdminRole() {
        fixture.given(OPS)
                .when(new ChangeUserRoles("ops.admin", Set.of(Role.PLANNING), Set.of("*"), 0), OPS_HIMSELF)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("user.last-admin"))
                .expectNoEvents();
    }

    @Test
    void anAdminWithAnotherAdminBesideThemMayStepDownAndKeepingAdminIsAlwaysAllowed() {
        fixture.given(OPS)
                .when(new DisableUser("ops.admin", 1), OPS_HIMSELF)
                .expectEvents(new UserDisabled("ops.admin"));
        fixture.given(OPS)
                .when(new ChangeUserRoles("ops.admin", Set.of(Role.ADMIN, Role.PLANNING), Set.of("86"), 0), OPS_HIMSELF)
                .expectEvents(new UserRolesChanged("ops.admin", Set.of(Role.ADMIN, Role.PLANNING), Set.of("86")));
    }

    @Test
    void anotherAdminMayDisableTheLastManagedAdmin() {
        fixture.given(OPS)
                .when(new DisableUser("ops.admin", 0), ADMIN)
                .expectEvents(new UserDisabled("ops.admin"));
    }

    @Test
    void aNewPasswordIsRecordedWithoutThePasswordOrItsHash() {
        fixture.given(PASTO_MEMBER)
                .when(new RecordPasswordChange("pasto.miembro"), ADMIN)
                .expectEvents(new UserPasswordChanged("pasto.miembro"));
    }

    @Test
    void anAdminMayGiveTheNewUserAnEmailAddressForTheirReminders() {
        fixture.givenNoPriorActivity()
                .when(new CreateUser("pasto.autor", Set.of(Role.AUTHOR), Set.of("52001"), " autor@pasto.gov.co "), ADMIN)
                .expectEvents(new UserCreated("pasto.autor", Set.of(Role.AUTHOR), Set.of("52001"), "autor@pasto.gov.co"));
    }

    @Test
    void aMalformedEmailAddressIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateUser("pasto.autor", Set.of(Role.AUTHOR), Set.of("52001"), "autor@pasto, otro@pasto.gov.co"),
                        ADMIN)
                .expectException(UserRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("user.invalid-email"))
                .expectNoEvents();
    }

    @Test
    void anAdminChangesTheAddress() {
        fixture.given(PASTO_MEMBER)
                .when(new ChangeUserEmail("pasto.miembro", "miembro@pasto.gov.co"), ADMIN)
                .expectEvents(new UserEmailChanged("pasto.miembro", "miembro@pasto.gov.co"));
    }

    @Test
    void theSameAddressAgainRecordsNothing() {
        fixture.given(PASTO_MEMBER, new UserEmailChanged("pasto.miembro", "miembro@pasto.gov.co"))
                .when(new ChangeUserEmail("pasto.miembro", "miembro@pasto.gov.co"), ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBlankAddressRemovesIt() {
        fixture.given(PASTO_MEMBER, new UserEmailChanged("pasto.miembro", "miembro@pasto.gov.co"))
                .when(new ChangeUserEmail("pasto.miembro", "  "), ADMIN)
                .expectEvents(new UserEmailChanged("pasto.miembro", null));
    }

    @Test
    void onlyAnAdminChangesTheAddress() {
        fixture.given(PASTO_MEMBER)
                .when(new ChangeUserEmail("pasto.miembro", "yo@pasto.gov.co"), MEMBER)
                .expectException(UserRuleViolation.class)
                .expectExceptionMessage("user.admin-required");
    }

    @Test
    void aUserCreatedBeforeUsersHadAnAddressReadsWithoutOne() throws Exception {
        UserCreated old = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                "{\"username\":\"pasto.miembro\",\"roles\":[\"COMMITTEE_MEMBER\"],\"entities\":[\"52001\"]}",
                UserCreated.class);
        org.assertj.core.api.Assertions.assertThat(old).isEqualTo(PASTO_MEMBER);
    }
}
