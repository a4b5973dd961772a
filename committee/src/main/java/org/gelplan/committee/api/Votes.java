package org.gelplan.committee.api;

/** How the members present voted on a decision. */
public record Votes(int votesFor, int votesAgainst, int abstentions) {

    public int cast() {
        return votesFor + votesAgainst + abstentions;
    }
}
