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
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        return firstLine.length() > 120 ? firstLine.substring(0, 117) + "..." : firstLine;
    }
}
