package org.echotrace.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The bearer token that write requests must carry. It comes from the environment, or from a file in the
 * store that is created (owner-only, atomically) with a random token the first time a server starts.
 *
 * @param generated true when this start created the token, so it is shown once to the person starting it
 * @param file      the file it is kept in, or null when it came from the environment
 */
public record AccessToken(String value, boolean generated, Path file) {

    public static final String ENV = "ECHOTRACE_TOKEN";
    public static final String FILE = "token";
    private static final int RANDOM_BYTES = 32;

    public AccessToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
    }

    /** The token from {@code environmentValue} when set, else the store's token file, made if missing. */
    public static AccessToken resolve(String environmentValue, Path storeDirectory) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            return new AccessToken(environmentValue.strip(), false, null);
        }
        Path file = storeDirectory.resolve(FILE);
        try {
            String fresh = random();
            try {
                // CREATE_NEW with the permissions as an attribute: the file never exists with wider ones,
                // and two servers starting at once cannot both write a token
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                return new AccessToken(Files.readString(file, StandardCharsets.UTF_8).strip(), false, file);
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // no POSIX permissions on this file system
            }
            Files.writeString(file, fresh + "\n", StandardCharsets.UTF_8);
            return new AccessToken(fresh, true, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token file " + file, e);
        }
    }

    /** True when {@code authorization} is {@code Bearer <this token>}; compares in constant time. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
