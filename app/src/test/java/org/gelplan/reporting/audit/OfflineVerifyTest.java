package org.gelplan.reporting.audit;

import org.gelplan.cli.VerifyCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor exports the chain with the events and verifies the file on their own machine, with no server. */
class OfflineVerifyTest {

    @TempDir
    Path dir;

    private AuditStore store;
    private final List<String> eventIds = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void storeAndLink() {
        store = new AuditStore(dir.resolve("store"));
        for (int i = 0; i < 8; i++) {
            eventIds.add(store.append("plan-" + i % 2, i / 2, Instant.parse("2009-09-21T15:00:00Z").plusSeconds(i)));
        }
        store.chain().current();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anExportOfAnIntactStoreVerifies() throws IOException {
        Path file = dir.resolve("audit.jsonl");

        assertThat(run("verify", "--export", file.toString(), "--mongodb-uri", store.uri())).isZero();
        assertThat(run("verify", "--file", file.toString())).isZero();

        assertThat(Files.readAllLines(file)).hasSize(1 + 8 + 8);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact, 8 events, head " + store.chain().current().head());
    }

    @Test
    void aTamperedExportFailsNamingTheEvent() throws IOException {
        Path file = dir.resolve("audit.jsonl");
        run("verify", "--export", file.toString(), "--mongodb-uri", store.uri());
        String victim = eventIds.get(5);
        List<String> lines = Files.readAllLines(file).stream()
                .map(l -> l.contains("\"event\"") && l.contains(victim) ? l.replace("note 2", "note 9") : l).toList();
        Files.write(file, lines);

        assertThat(run("verify", "--file", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PAYLOAD_CHANGED").contains(victim);
    }

    @Test
    void aFileThatIsNoExportIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("other.txt"), "hello\n");

        assertThat(run("verify", "--file", file.toString())).isEqualTo(2);
        assertThat(run("verify")).isEqualTo(2);
    }

    private int run(String... args) {
        return new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }
}
