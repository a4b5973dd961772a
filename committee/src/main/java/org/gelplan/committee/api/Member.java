package org.gelplan.committee.api;

/** An appointment as recorded: the appointee under the id the committee gave them. */
public record Member(MemberId memberId, Appointee appointee) {
}
