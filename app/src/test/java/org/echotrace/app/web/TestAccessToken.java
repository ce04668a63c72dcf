package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestAccessToken {

    @Test
    void generatedOnceOwnerOnlyThenReused(@TempDir Path store) throws Exception {
        AccessToken first = AccessToken.resolve(null, store);
        assertTrue(first.generated());
        assertTrue(first.value().length() >= 40, "32 random bytes, base64");
        Path file = store.resolve(AccessToken.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AccessToken second = AccessToken.resolve("", store);
        assertFalse(second.generated(), "shown only when made");
        assertEquals(first.value(), second.value());
        assertFalse(AccessToken.resolve(null, Files.createDirectory(store.resolve("other"))).value().equals(first.value()));
    }

    @Test
    void environmentWinsAndNoFileIsMade(@TempDir Path store) {
        AccessToken token = AccessToken.resolve(" from-env ", store);
        assertEquals("from-env", token.value());
        assertFalse(Files.exists(store.resolve(AccessToken.FILE)));
    }

    @Test
    void acceptsOnlyTheBearerToken() {
        AccessToken token = new AccessToken("s3cret", false, null);
        assertTrue(token.accepts("Bearer s3cret"));
        assertTrue(token.accepts("bearer s3cret"));
        assertFalse(token.accepts("Bearer s3cre"));
        assertFalse(token.accepts("Bearer s3crets"));
        assertFalse(token.accepts("Basic s3cret"));
        assertFalse(token.accepts("s3cret"));
        assertFalse(token.accepts(null));
    }
}
