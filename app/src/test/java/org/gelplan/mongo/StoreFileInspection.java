package org.gelplan.mongo;

import java.nio.file.Path;

import org.h2.mvstore.MVStore;

/** Looks into a closed store file without going through the server. */
final class StoreFileInspection {

    private StoreFileInspection() {
    }

    /** Whether the last process to write the file closed it (MVStore marks a clean close in its header). */
    static boolean closedCleanly(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            return store.getStoreHeader().containsKey("clean");
        } finally {
            store.close();
        }
    }
}
