package org.echotrace.ingest;

/**
 * Why one input item cannot be read. Thrown inside ingest only and turned into a
 * {@link org.echotrace.domain.Diagnostic}; it never leaves {@link Ingester}.
 */
final class InputProblem extends Exception {

    InputProblem(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }

    /** A short, one-line form of an exception's message for a diagnostic. */
    static String brief(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : brief(message);
    }

    /** The first line of a message, cut to a length that fits a terminal line. */
    static String brief(String message) {
        String firstLine = message.strip().lines().findFirst().orElse("");
        return firstLine.length() > 120 ? firstLine.substring(0, 117) + "..." : firstLine;
    }
}
