package org.gelplan.security;

/** Makes a caller-supplied string safe for one log line: no control characters, bounded length. */
final class LogText {

    private static final int MAX = 120;

    private LogText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "-";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= MAX ? clean : clean.substring(0, MAX) + "…";
    }
}
