package org.gelplan.committee.rules;

import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.InvalidComposition;
import org.gelplan.committee.api.PositionAlreadyHeld;
import org.gelplan.committee.api.RoleAlreadyHeld;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may sit on the committee and how: each appointee is a member or an invitee; an invitee holds no
 * members-only role; a position (cargo) and a single-holder role (leader, control interno) have one
 * holder at a time. A constitution names exactly one leader and at least one member.
 */
final class Composition {

    private Composition() {
    }

    static void checkConstitution(List<Appointee> appointees) {
        appointees.forEach(Composition::check);
        if (appointees.stream().noneMatch(Appointee::voting)) {
            throw new InvalidComposition("committee.voting-member-required");
        }
        long leaders = appointees.stream().filter(a -> a.holds(CommitteeRole.LEADER)).count();
        if (leaders != 1) {
            throw new InvalidComposition("committee.one-leader-required", String.valueOf(leaders));
        }
        if (appointees.stream().filter(a -> a.holds(CommitteeRole.CONTROL_INTERNO_RESPONSIBLE)).count() > 1) {
            throw new InvalidComposition("committee.role-more-than-once", CommitteeRole.CONTROL_INTERNO_RESPONSIBLE.name());
        }
        Set<String> positions = new HashSet<>();
        for (Appointee appointee : appointees) {
            if (!positions.add(positionKey(appointee.position()))) {
                throw new InvalidComposition("committee.duplicate-position", appointee.position());
            }
        }
    }

    static void check(Appointee appointee) {
        Facts.required("position", appointee.position());
        if (appointee.voting() == appointee.holds(CommitteeRole.INVITEE)) {
            throw new InvalidComposition("committee.member-or-invitee", appointee.position());
        }
        for (CommitteeRole role : appointee.roles()) {
            if (!appointee.voting() && CommitteeRole.MEMBERS_ONLY.contains(role)) {
                throw new InvalidComposition("committee.invitee-role", appointee.position(), role.name());
            }
        }
    }

    /** The position and single-holder roles must be free from {@code from} on. */
    static void checkVacancies(Appointee appointee, Roster roster, LocalDate from) {
        String position = positionKey(appointee.position());
        for (Tenure tenure : roster.tenures()) {
            if (!tenure.reachesBeyond(from)) {
                continue;
            }
            Appointee holder = tenure.member().appointee();
            if (positionKey(holder.position()).equals(position)) {
                throw new PositionAlreadyHeld(appointee.position(), tenure.member().memberId());
            }
            for (CommitteeRole role : CommitteeRole.SINGLE_HOLDER) {
                if (appointee.holds(role) && holder.holds(role)) {
                    throw new RoleAlreadyHeld(role, tenure.member().memberId());
                }
            }
        }
    }

    /** "Secretario de Educación" and "SECRETARIO DE EDUCACION" name the same position. */
    static String positionKey(String position) {
        String plain = Normalizer.normalize(position.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
