package org.echotrace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, read from a filtered resource so that tests and jars agree. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /** {@code echotrace 0.1.0}, as written into every report. */
    public static String generator() {
        return "echotrace " + VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
