package org.gelplan.committee.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Constitute an entity's Comité GEL (section D of the seed) with its first members and invitees.
 *
 * @param act the act that constitutes it, e.g. "Resolución 001143 de 2009, sección D"
 */
public record ConstituteCommittee(CommitteeId committeeId, LocalDate constitutedOn, String act, List<Appointee> members) {
}
