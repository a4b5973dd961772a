package org.gelplan.plan.api;

import java.time.Instant;

/**
 * One entry of an indicator's measurement history: a measurement or a correction, never removed.
 *
 * @param eventId    the stored event it comes from, for the audit trail
 * @param correction whether it corrects an earlier entry of the same period
 * @param reason     why, for a correction
 */
public record MeasurementRecord(String eventId, String period, Measurement measurement, boolean correction,
                                String reason, Instant recordedAt, String recordedBy) {
}
