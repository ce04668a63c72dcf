package org.echotrace.nlp.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.EntityType;
import org.echotrace.nlp.BundledResources;

/**
 * Common nouns that tell what kind of thing a name next to them is ("X camp" is a place even when the
 * tagger says person; "X news agency" is an organisation). Read from {@code type-nouns.tsv}.
 */
public final class TypeNouns {

    private static final Map<String, EntityType> NOUNS = new HashMap<>();
    /** Nouns whose definite description ("the group") usually stands for a named entity of the text. */
    private static final java.util.Set<String> DESCRIBING = new java.util.HashSet<>();

    static {
        load();
    }

    private TypeNouns() {
    }

    /** The type a lower-case singular noun implies, if it is one of the listed nouns. */
    public static Optional<EntityType> typeOf(String lemma) {
        return lemma == null ? Optional.empty() : Optional.ofNullable(NOUNS.get(lemma.toLowerCase(java.util.Locale.ROOT)));
    }

    public static boolean describesEntity(String lemma) {
        return lemma != null && DESCRIBING.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    private static void load() {
        try (InputStream in = BundledResources.class.getResourceAsStream("type-nouns.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                NOUNS.put(fields[0].strip(), EntityType.valueOf(fields[1].strip().toUpperCase(java.util.Locale.ROOT)));
                if (fields.length > 2 && fields[2].strip().equals("yes")) {
                    DESCRIBING.add(fields[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read type-nouns.tsv", e);
        }
    }
}
