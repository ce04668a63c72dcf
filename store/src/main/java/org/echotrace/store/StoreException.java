package org.echotrace.store;

/** A store that cannot be opened or used, with a message fit for the person at the command line. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
