package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.LoggedEvent;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of the chain: {@code link_n = SHA-256(link_{n-1} || canonical bytes of event_n)}, where the
 * canonical bytes are the stored identifiers, global index, timestamp, payload type and revision, and the
 * exact stored text of payload and metadata, each length-prefixed so no two events share a form.
 */
public final class ChainLinks {

    /** The link before the first event: 32 zero bytes. */
    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] FORM = "gelplan-audit-v1".getBytes(StandardCharsets.UTF_8);

    private ChainLinks() {
    }

    public static String link(String previous, LoggedEvent event) {
        MessageDigest sha = sha256();
        sha.update(HEX.parseHex(previous));
        sha.update(canonical(event));
        return HEX.formatHex(sha.digest());
    }

    public static String digest(String text) {
        return HEX.formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] canonical(LoggedEvent e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(e.payload().length() + e.metaData().length() + 256);
        field(out, FORM);
        for (String value : new String[]{Long.toString(e.globalIndex()), e.eventId(), e.aggregateType(),
                e.aggregateId(), Long.toString(e.sequence()), e.timestamp(), e.payloadType(), e.payloadRevision(),
                e.payload(), e.metaData()}) {
            field(out, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
