package org.gelplan.reporting.evidence;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceContentTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void recognisesDocumentsByTheirFirstBytes() throws IOException {
        assertThat(EvidenceContent.sniff("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(EvidenceContent.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(EvidenceContent.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(EvidenceContent.sniff(zip("[Content_Types].xml", "word/document.xml")))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceContent.sniff(zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void refusesAnythingElseWhateverItsName() throws IOException {
        assertThat(EvidenceContent.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(EvidenceContent.sniff("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceContent.sniff(zip("payload.exe"))).isEmpty();
        assertThat(EvidenceContent.sniff(new byte[0])).isEmpty();
    }

    @Test
    void theDeclaredTypeMustAgreeWithTheBytes() {
        assertThat(EvidenceContent.agrees("application/pdf", "application/pdf")).isTrue();
        assertThat(EvidenceContent.agrees("application/octet-stream", "image/png")).isTrue();
        assertThat(EvidenceContent.agrees("image/png", "application/pdf")).isFalse();
        assertThat(EvidenceContent.agrees("application/msword", EvidenceContent.OLE2)).isTrue();
    }
}
