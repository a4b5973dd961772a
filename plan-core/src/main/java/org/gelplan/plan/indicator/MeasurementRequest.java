package org.gelplan.plan.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gelplan.plan.api.Measurement;
import org.gelplan.plan.api.MeasurementEvidence;

import java.math.BigDecimal;

/**
 * The body of a measurement, e.g. {@code {"period":"2010-01","numerator":2,"denominator":3,"source":"…"}};
 * a correction adds its {@code reason} and takes the period from the path.
 */
record MeasurementRequest(@Size(max = 10) String period,
                          @Digits(integer = 12, fraction = 6) BigDecimal numerator,
                          @Digits(integer = 12, fraction = 6) BigDecimal denominator,
                          @Digits(integer = 12, fraction = 6) BigDecimal value,
                          @Size(max = 100) String level, @NotBlank @Size(max = 500) String source,
                          @Valid EvidenceBody evidence, @Size(max = 2000) String reason) {

    record EvidenceBody(@NotBlank @Size(max = 2000) String description, @Size(max = 2000) String url,
                        @Size(max = 200) String documentRef) {
    }

    Measurement toMeasurement() {
        return new Measurement(numerator, denominator, value, level, source,
                evidence == null ? null : new MeasurementEvidence(evidence.description(), evidence.url(), evidence.documentRef()));
    }
}
