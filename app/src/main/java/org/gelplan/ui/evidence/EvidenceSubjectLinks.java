package org.gelplan.ui.evidence;

import org.gelplan.reporting.api.EvidenceSubjectKind;

/** The page of what an evidence file is attached to, read from the subject id's parts (see {@link EvidenceSubjectKind}). */
final class EvidenceSubjectLinks {

    private EvidenceSubjectLinks() {
    }

    static String of(String entityCode, EvidenceSubjectKind kind, String subjectId) {
        String[] parts = subjectId.split(":", -1);
        return switch (kind) {
            case FULFILMENT -> parts.length == 2 ? "/plans/" + parts[0] + "/criteria/" + parts[1] : null;
            case MEASUREMENT -> parts.length == 3 ? "/plans/" + parts[0] + "/indicators/" + parts[1] : null;
            case MINUTES -> "/committees/" + entityCode + "/meetings/" + subjectId;
            case FINDING -> "/improvement-plans/" + entityCode + "#finding-" + subjectId;
        };
    }
}
