package org.gelplan.committee.api;

import java.util.List;

/**
 * Someone to appoint: by position (cargo), as the seed lists the committee, with the person's name
 * where it is known.
 *
 * @param roles in {@link CommitteeRole} order, without repetitions
 * @param note  a remark about the appointment, e.g. how the source document names the person
 */
public record Appointee(String position, String personName, List<CommitteeRole> roles, String note) {

    public Appointee {
        roles = roles == null ? List.of() : roles.stream().distinct().sorted().toList();
    }

    public boolean holds(CommitteeRole role) {
        return roles.contains(role);
    }

    public boolean voting() {
        return holds(CommitteeRole.MEMBER);
    }
}
