package org.gelplan.reporting.evidence;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.reporting.api.AttachEvidenceFile;
import org.gelplan.reporting.api.EvidenceFile;
import org.gelplan.reporting.api.EvidenceFileAttached;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.EvidenceProblem;
import org.gelplan.reporting.api.EvidenceSubjectKind;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

class EvidenceFolderTest {

    static final EvidenceFolderId MINUTES = EvidenceFolderId.of("86001", EvidenceSubjectKind.MINUTES, "86001-R001");
    static final EvidenceFile ACTA = new EvidenceFile("EV-1", "acta-1.pdf", "application/pdf", 1200, "ab".repeat(32),
            "Acta firmada", null);
    static final EvidenceFile ACTA_CORRECTED = new EvidenceFile("EV-2", "acta-1-v2.pdf", "application/pdf", 1300,
            "cd".repeat(32), "Acta con firmas completas", "EV-1");

    private final FixtureConfiguration<EvidenceFolder> fixture = new AggregateTestFixture<>(EvidenceFolder.class);

    static AttachEvidenceFile attach(EvidenceFile file) {
        return new AttachEvidenceFile(MINUTES, "86001", EvidenceSubjectKind.MINUTES, "86001-R001", file);
    }

    static EvidenceFileAttached attached(EvidenceFile file) {
        return new EvidenceFileAttached(MINUTES, "86001", EvidenceSubjectKind.MINUTES, "86001-R001", file);
    }

    @Test
    void recordsAFileWithItsHash() {
        fixture.givenNoPriorActivity().when(attach(ACTA)).expectEvents(attached(ACTA));
    }

    @Test
    void aFileIsSupersededByANewOneNeverReplaced() {
        fixture.given(attached(ACTA)).when(attach(ACTA_CORRECTED)).expectEvents(attached(ACTA_CORRECTED));
    }

    @Test
    void aFileIsSupersededOnlyOnce() {
        EvidenceFile third = new EvidenceFile("EV-3", "acta.pdf", "application/pdf", 10, "ef".repeat(32), null, "EV-1");
        fixture.given(attached(ACTA), attached(ACTA_CORRECTED)).when(attach(third))
                .expectException(EvidenceProblem.class)
                .expectExceptionMessage(containsString("evidence.already-superseded"));
    }

    @Test
    void supersedesOnlyAFileOfTheSameSubject() {
        EvidenceFile other = new EvidenceFile("EV-3", "acta.pdf", "application/pdf", 10, "ef".repeat(32), null, "EV-9");
        fixture.given(attached(ACTA)).when(attach(other)).expectException(EvidenceProblem.class)
                .expectExceptionMessage(containsString("evidence.not-found"));
    }

    @Test
    void anAttachmentIdIsUsedOnce() {
        fixture.given(attached(ACTA)).when(attach(ACTA)).expectException(EvidenceProblem.class);
    }
}
