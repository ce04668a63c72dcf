package org.echotrace.outlets;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * The domain a site registered, from an address or host: "https://m.edition.example.co.uk/a" is
 * "example.co.uk", so that a paper's www., mobile and section hosts count as one outlet. The public suffix
 * list decides where the registered part begins (Guava's copy, in the jar: nothing is fetched at run time).
 * Its private section counts too, so that two blogs on one hosting service ("a.blogspot.com",
 * "b.blogspot.com") are two outlets. A host under no listed suffix ("news.intranet") keeps its last two labels.
 */
public final class RegisteredDomain {

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
    public static String ofHost(String host) {
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
        if (!InternetDomainName.isValid(lower)) {
            return lastTwo(labels);
        }
        InternetDomainName name = InternetDomainName.from(lower);
        if (name.isUnderPublicSuffix()) {
            return name.topPrivateDomain().toString();
        }
        // a listed suffix itself ("co.uk", "blogspot.com") names no one site; neither does an unlisted one
        return name.isPublicSuffix() ? lower : lastTwo(labels);
    }

    private static String lastTwo(String[] labels) {
        return String.join(".", Arrays.copyOfRange(labels, labels.length - 2, labels.length));
    }

    /** Whether a name is a host name ("example.com"), as ingest names an outlet after its page's host. */
    static boolean looksLikeHost(String name) {
        return name.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+");
    }
}
