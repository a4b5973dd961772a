package org.gelplan.reporting.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, judged by its first bytes rather than by what the client says: PDF, PNG, JPEG, an
 * Office Open XML document (docx, xlsx, pptx), an OpenDocument file, or a legacy Office (OLE2) file.
 */
final class EvidenceContent {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String OLE2 = "application/x-ole-storage";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final Map<String, String> OOXML = Map.of(
            "word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private EvidenceContent() {
    }

    /** The media type the bytes show, or empty for anything else (an executable, a script, plain text...). */
    static Optional<String> sniff(byte[] bytes) {
        if (starts(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (starts(bytes, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (starts(bytes, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, OLE2_MAGIC)) {
            return Optional.of(OLE2);
        }
        return starts(bytes, ZIP_MAGIC) ? officeZip(bytes) : Optional.empty();
    }

    /** A zip is accepted only as an office document: OOXML parts or an OpenDocument mimetype entry. */
    private static Optional<String> officeZip(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            boolean contentTypes = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return type.startsWith("application/vnd.oasis.opendocument.") ? Optional.of(type) : Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                for (var part : OOXML.entrySet()) {
                    if (contentTypes && name.startsWith(part.getKey())) {
                        return Optional.of(part.getValue());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether what the client declared agrees with the bytes: the same type, a generic
     * {@code application/octet-stream}, or (for legacy Office files) any MS Office type.
     */
    static boolean agrees(String declared, String sniffed) {
        if (declared == null || declared.equals("application/octet-stream") || declared.equals(sniffed)) {
            return true;
        }
        return sniffed.equals(OLE2) && (declared.startsWith("application/msword") || declared.startsWith("application/vnd.ms-"));
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
