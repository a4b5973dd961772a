package org.gelplan.reporting.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The evidence files of one subject, e.g. {@code evidence-86001-minutes-86001-R001}: one aggregate per
 * subject, so that "superseded at most once, by a file of the same subject" is decided in one place.
 */
public record EvidenceFolderId(String value) {

    /** Subject ids as paths carry them: plan ids, codes, periods joined by ':'. */
    public static final String SUBJECT_REGEXP = "[A-Za-z0-9][A-Za-z0-9._:-]{0,119}";
    private static final Pattern FORMAT = Pattern.compile("evidence-(\\d{2}|\\d{5})-[a-z]+-" + SUBJECT_REGEXP);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EvidenceFolderId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an evidence folder id: " + value);
        }
    }

    public static EvidenceFolderId of(String entityCode, EvidenceSubjectKind kind, String subjectId) {
        return new EvidenceFolderId("evidence-" + entityCode + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + subjectId);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
