/**
 * Commands, events and views of the users an ADMIN manages at run time (SPEC §1). Every change is an
 * event of the {@code ManagedUser} aggregate, with the acting admin in its metadata; no event carries a
 * password or a password hash (those live in the {@code user_credentials} collection, ADR 0011).
 * {@link org.gelplan.security.users.api.UserAdministration} offers the administration to the web pages.
 */
@NamedInterface("users")
package org.gelplan.security.users.api;

import org.springframework.modulith.NamedInterface;
