package org.gelplan.committee.api;

import java.util.Set;

/**
 * What a person does on the committee (section D of the seed). Every appointee is either a
 * {@link #MEMBER} (an integrante: votes, counts in the quorum base) or an {@link #INVITEE}; the other
 * roles add to that.
 */
public enum CommitteeRole {
    /** Integrante: votes and counts in the quorum base. */
    MEMBER,
    /** Leads the committee and answers for the plan's progress; at most one at a time, and a member. */
    LEADER,
    /** Follows up the plan and the committee's decisions for internal control; at most one at a time, and a member. */
    CONTROL_INTERNO_RESPONSIBLE,
    /** Represents the community (ASOJUNTAS, Cámara de Comercio); a member. */
    COMMUNITY_REPRESENTATIVE,
    /** Holds the website's author key ("clave de Autor"). */
    AUTHOR,
    /** Holds the website's editor key ("clave de Editor"). */
    EDITOR,
    /** Attends and may sign, but does not vote and is not in the quorum base. */
    INVITEE;

    /** Roles that only a member (never an invitee) may hold. */
    public static final Set<CommitteeRole> MEMBERS_ONLY = Set.of(LEADER, CONTROL_INTERNO_RESPONSIBLE, COMMUNITY_REPRESENTATIVE);

    /** Roles that one person at a time holds on a committee. */
    public static final Set<CommitteeRole> SINGLE_HOLDER = Set.of(LEADER, CONTROL_INTERNO_RESPONSIBLE);
}
