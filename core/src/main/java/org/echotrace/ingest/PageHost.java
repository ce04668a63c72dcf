package org.echotrace.ingest;

import java.net.URI;
import java.util.Locale;

/** The host of a page's address as an outlet's name: "www.nytimes.com" is "nytimes.com". */
final class PageHost {

    private PageHost() {
    }

    /** The host without "www.", or null when the address has none. */
    static String of(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(address.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.startsWith("www.") ? lower.substring(4) : lower;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** "nytimes" of "nytimes.com", "haus" of "haus.de": the label a site's name is made of. */
    static String mainLabel(String host) {
        if (host == null) {
            return null;
        }
        String[] labels = host.split("\\.");
        return labels.length < 2 ? host : labels[labels.length - 2];
    }
}
