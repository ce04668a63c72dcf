package org.echotrace.nlp.parse;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER gazetteers (the KBP {@code regexner} lists that turn LOCATION into CITY,
 * COUNTRY, STATE_OR_PROVINCE, add NATIONALITY, TITLE, ...), with the regular-expression entries the
 * extractors do not need left out.
 *
 * <p>Why: CoreNLP looks literal entries up by the token's text, but an entry with a regex metacharacter
 * ("u\.s\.", "rep\.", "secretary of .*", the URL pattern) cannot be indexed and is tried at every token of
 * every sentence. The stock lists hold ~1,200 of them (most are "-born", "-based" variants of exotic-script
 * country names); trying them took more than half of the whole NER annotator's time. Regex entries are
 * kept only for the place types {@link org.echotrace.nlp.names.EntityTypes} reads and not in their "X-born" variants; literal
 * entries, the other 99.8 %, are all kept. The filtered copies are written once per JVM to a temporary
 * folder, since CoreNLP reads mappings from files or the classpath only.
 */
final class FineGrainedGazetteers {

    private static final String FOLDER = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final String CASELESS = "regexner_caseless.tab";
    private static final String CASED = "regexner_cased.tab";
    /** CoreNLP's own test for a literal token pattern (TokensRegex {@code ComplexNodePattern}). */
    private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");
    /** The types whose regex entries are worth their cost: the fine place types the extractors read. */
    private static final Set<String> REGEX_TYPES_KEPT = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY");
    /** "X-born", "X-based" ...: derived forms the lists add for every place; one token with our tokenizer. */
    private static final Pattern DERIVED = Pattern.compile(
            ".*-(born|based|backed|controlled|educated|headquartered|owned|raised|registered|trained|area)");

    private FineGrainedGazetteers() {
    }

    /** The {@code ner.fine.regexner.mapping} value: CoreNLP's default options over the filtered lists. */
    static String mapping() {
        return Holder.MAPPING;
    }

    private static final class Holder {
        static final String MAPPING = write();

        private static String write() {
            try {
                Path folder = Files.createTempDirectory("echotrace-gazetteers");
                folder.toFile().deleteOnExit();
                return "ignorecase=true,validpospattern=(NN|JJ|ADD).*,"
                        + filtered(CASELESS, folder) + ";" + filtered(CASED, folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the fine-grained NER gazetteers", e);
            }
        }
    }

    private static String filtered(String name, Path folder) throws IOException {
        Path target = folder.resolve(name);
        target.toFile().deleteOnExit();
        try (InputStream in = FineGrainedGazetteers.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException(FOLDER + name + " is not on the classpath (CoreNLP models jar)");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                 BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (kept(line)) {
                        writer.write(line);
                        writer.newLine();
                    }
                }
            }
        }
        return target.toString();
    }

    /** An entry is a tab-separated line: pattern, type, overwritable types, priority. */
    static boolean kept(String line) {
        String[] fields = line.split("\t", 3);
        if (fields.length < 2) {
            return true;
        }
        boolean literal = Arrays.stream(fields[0].split("\\s+")).allMatch(t -> LITERAL.matcher(t).matches());
        return literal || REGEX_TYPES_KEPT.contains(fields[1]) && !DERIVED.matcher(fields[0]).matches();
    }
}
