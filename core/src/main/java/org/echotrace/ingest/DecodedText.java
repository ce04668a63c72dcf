package org.echotrace.ingest;

/**
 * Text decoded from bytes.
 *
 * @param note what was unusual but recoverable (e.g. read as windows-1252), or null
 */
record DecodedText(String text, String note) {
}
