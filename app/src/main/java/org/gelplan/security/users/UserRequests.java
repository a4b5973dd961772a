package org.gelplan.security.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.gelplan.core.Role;

/**
 * Bodies of the user administration endpoints. An e-mail address is optional. Passwords are 12 to 128
 * characters; they never leave this request.
 */
final class UserRequests {

    private UserRequests() {
    }

    record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String username,
                   @NotNull @Size(min = 12, max = 128) String password,
                   @NotEmpty Set<@NotNull Role> roles,
                   @NotEmpty Set<@NotBlank @Size(max = 5) String> entities,
                   @Size(max = 254) @Email String email) {

        @Override
        public String toString() {
            return "NewUser[" + username + ", roles=" + roles + ", entities=" + entities + ", email=" + email + "]";
        }
    }

    record Roles(@NotEmpty Set<@NotNull Role> roles, @NotEmpty Set<@NotBlank @Size(max = 5) String> entities) {
    }

    /** Where the user's reminders go; absent or blank removes the address. */
    record EmailAddress(@Size(max = 254) @Email String email) {
    }

    record Password(@NotNull @Size(min = 12, max = 128) String password) {

        @Override
        public String toString() {
            return "Password[***]";
        }
    }
}
