package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gelplan.core.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class JwtUserConverterTest {

    private static final JwtClaimsProperties KEYCLOAK = new JwtClaimsProperties("preferred_username",
            "realm_access.roles", "gel_entities");

    private static Jwt token(String username) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("f1c2").issuedAt(Instant.now())
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of("PLANNING", "default-roles-gel")))
                .claim("gel_entities", List.of("86001"))
                .build();
    }

    @Test
    void aDisabledUsersTokenIsRefused() {
        JwtUserConverter converter = new JwtUserConverter(KEYCLOAK, username -> username.equals("ana"));

        assertThatThrownBy(() -> converter.convert(token("ana"))).isInstanceOf(InvalidBearerTokenException.class);
        assertThat(((GelUser) converter.convert(token("luis")).getPrincipal()).roles()).containsExactly(Role.PLANNING);
    }

    @Test
    void claimNamesAreConfigurable() {
        JwtUserConverter converter = new JwtUserConverter(new JwtClaimsProperties("sub", "realm_access.roles",
                "gel_entities"), UserStatus.noneDisabled());

        assertThat(converter.convert(token("ana")).getName()).isEqualTo("f1c2");
    }
}
