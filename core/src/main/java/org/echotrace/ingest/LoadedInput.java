package org.echotrace.ingest;

import java.util.Locale;

/**
 * The whole content of a one-article input (a text or an HTML page), read up to the size limit.
 *
 * @param source   how the input is named in diagnostics and {@code Document.source}
 * @param fileName the file name that decides format and id (for a {@code .gz} file, the name inside)
 */
record LoadedInput(String source, String fileName, byte[] bytes) {

    /** The file name without its extensions' last part ({@code a.warc.gz -> a}, {@code b.txt -> b}). */
    String stem() {
        return stemOf(fileName);
    }

    static String stemOf(String name) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
            return name.substring(0, name.length() - ".warc.gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
