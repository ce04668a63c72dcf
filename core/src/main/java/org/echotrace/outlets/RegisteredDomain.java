package org.echotrace.outlets;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The domain a site registered, from an address or host: "https://m.edition.example.co.uk/a" is
 * "example.co.uk", so that a paper's www., mobile and section hosts count as one outlet. Without a public
 * suffix list: a two-letter country code under a generic second level ("co.uk", "com.au") keeps three labels,
 * anything else two.
 */
final class RegisteredDomain {

    /** Second-level labels that registries of country codes sell under ("bbc.co.uk", "abc.net.au"). */
    private static final Set<String> GENERIC_SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "edu",
            "or", "ne", "go", "gob", "nic", "info", "news", "press", "mil", "ltd", "plc", "nom");

    private RegisteredDomain() {
    }

    /** The registered domain of an address ("https://..."), or null when it has no host name. */
    static String ofAddress(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            String stripped = address.strip();
            URI uri = URI.create(stripped.contains("://") ? stripped : "http://" + stripped);
            return ofHost(uri.getHost());
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** The registered domain of a host name, or null when it is not one (an IP address, a single label). */
    static String ofHost(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String lower = host.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        String[] labels = lower.split("\\.");
        if (labels.length < 2 || lower.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return null;
        }
        int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && GENERIC_SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /** Whether a name is a host name ("example.com"), as ingest names an outlet after its page's host. */
    static boolean looksLikeHost(String name) {
        return name.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+");
    }
}
