package org.gelplan.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The commands that cannot change the store, so their replies need not wait for a commit.
 *
 * <p>Deliberately a list of reads rather than of writes: a command missing here costs one wait
 * for a group commit, while a write missing from a list of writes would be acknowledged before
 * it is durable.
 */
final class ReadOnlyCommands {

    private static final Set<String> READS = Set.of(
        "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
        "dbstats", "collstats", "validate", "explain", "killcursors", "endsessions",
        "hello", "ismaster", "buildinfo", "whatsmyuri", "ping", "serverstatus", "hostinfo",
        "connectionstatus", "getcmdlineopts", "getfreemonitoringstatus", "getlog",
        "getlasterror", "getparameter", "replsetgetstatus");

    private static final Set<String> WRITING_STAGES = Set.of("$out", "$merge");

    private ReadOnlyCommands() {
    }

    static boolean isReadOnly(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !writesFromPipeline(query.get("pipeline"));
        }
        return READS.contains(name);
    }

    private static boolean writesFromPipeline(Object pipeline) {
        if (!(pipeline instanceof List<?> stages)) {
            return true;
        }
        return stages.stream()
            .anyMatch(stage -> !(stage instanceof Document document)
                || document.keySet().stream().anyMatch(WRITING_STAGES::contains));
    }
}
