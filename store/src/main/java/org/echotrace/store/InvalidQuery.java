package org.echotrace.store;

/** A search the store cannot run as asked (too many words or alternatives, a page too deep), with a message for the asker. */
public final class InvalidQuery extends RuntimeException {

    public InvalidQuery(String message) {
        super(message, null, false, false);
    }
}
