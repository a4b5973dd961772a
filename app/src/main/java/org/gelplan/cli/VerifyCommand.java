package org.gelplan.cli;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.eventstore.MongoStoredEventLog;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.mongo.MongoConnectionProperties;
import org.gelplan.reporting.audit.ChainBreak;
import org.gelplan.reporting.audit.ChainExport;
import org.gelplan.reporting.audit.ChainVerification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar gelplan.jar verify --export FILE [--mongodb-uri URI | --data-dir DIR]} writes the audit
 * chain with every stored event to a file; {@code verify --file FILE} verifies such a file with no server.
 * Exit code 0: intact (or exported); 1: broken; 2: usage or I/O error. No web server is started.
 */
public final class VerifyCommand {

    public static final String NAME = "verify";

    private final PrintStream out;
    private final PrintStream err;

    public VerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        try {
            if (options.containsKey("--file")) {
                return verifyFile(Path.of(options.get("--file")));
            }
            if (options.containsKey("--export")) {
                return export(Path.of(options.get("--export")), options);
            }
        } catch (IOException | RuntimeException e) {
            err.println("verify: " + e.getMessage());
            return 2;
        }
        err.println("usage: verify --export FILE [--mongodb-uri URI | --data-dir DIR]  |  verify --file FILE");
        return 2;
    }

    private int verifyFile(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ChainVerification result = ChainExport.verify(in);
            if (result.intact()) {
                out.printf("intact, %d events, head %s%s%n", result.length(), result.head(),
                        result.notYetLinked() == 0 ? "" : " (" + result.notYetLinked() + " stored later, not yet linked)");
                return 0;
            }
            ChainBreak problem = result.firstBreak();
            err.printf("BROKEN (%s) at position %s, event %s: %s%n", problem.kind(), problem.position(),
                    problem.eventId(), problem.detail());
            return 1;
        }
    }

    /** From a running store ({@code --mongodb-uri}) or, with the application stopped, its data directory. */
    private int export(Path file, Map<String, String> options) throws IOException {
        String uri = options.get("--mongodb-uri");
        EmbeddedMongoServer embedded = uri == null
                ? EmbeddedMongoServer.start(Path.of(options.getOrDefault("--data-dir",
                        System.getenv().getOrDefault("GEL_DATA_DIR", "data"))), 0)
                : null;
        ConnectionString connection = embedded != null ? embedded.connectionString(MongoConnectionProperties.DATABASE)
                : new ConnectionString(uri);
        String database = connection.getDatabase() == null ? MongoConnectionProperties.DATABASE : connection.getDatabase();
        try (MongoClient client = MongoClients.create(connection);
             Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var db = client.getDatabase(database);
            long lines = ChainExport.write(db, new MongoStoredEventLog(EventStoreCollections.in(db)), writer);
            out.printf("exported %d chain entries, events and checkpoints to %s%n", lines, file);
            return 0;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
