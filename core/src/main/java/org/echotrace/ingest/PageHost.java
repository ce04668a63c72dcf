package org.echotrace.ingest;

import java.net.URI;
import java.util.Locale;
import org.echotrace.outlets.RegisteredDomain;

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

    /**
     * "nytimes" of "nytimes.com", "bbc" of "news.bbc.co.uk": the first label of the registered domain, the
     * one a site's name is made of (the public suffix list says where the suffix begins).
     */
    static String mainLabel(String host) {
        if (host == null) {
            return null;
        }
        String registered = RegisteredDomain.ofHost(host);
        if (registered == null) {
            return host;
        }
        int dot = registered.indexOf('.');
        return dot < 0 ? registered : registered.substring(0, dot);
    }
}
