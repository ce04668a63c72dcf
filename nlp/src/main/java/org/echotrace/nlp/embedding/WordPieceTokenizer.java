package org.echotrace.nlp.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json}: clean, lower-case,
 * strip accents, split on white space and punctuation, then greedy longest-match word pieces. Written
 * here rather than taken from a library because the libraries that have it pull native code or large
 * dependency trees, and the algorithm is short.
 */
final class WordPieceTokenizer {

    static final int CLS = 101;
    static final int SEP = 102;
    private static final String UNKNOWN = "[UNK]";
    private static final String CONTINUATION = "##";
    private static final int LONGEST_WORD = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;

    private WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        Integer unk = vocabulary.get(UNKNOWN);
        if (unk == null) {
            throw new IllegalArgumentException("vocabulary has no " + UNKNOWN);
        }
        this.unknown = unk;
    }

    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
        Map<String, Integer> ids = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ids.put(e.getKey(), e.getValue().asInt());
        }
        return new WordPieceTokenizer(ids);
    }

    /** Token ids with [CLS] and [SEP], at most {@code maxLength} in all (the text's end is cut). */
    int[] encode(String text, int maxLength) {
        List<Integer> ids = new ArrayList<>();
        ids.add(CLS);
        for (String word : basicTokens(text)) {
            List<Integer> pieces = pieces(word);
            if (ids.size() + pieces.size() > maxLength - 1) {
                break;
            }
            ids.addAll(pieces);
        }
        ids.add(SEP);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lower-cased, accent-free words and single punctuation marks. */
    static List<String> basicTokens(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 0 || c == 0xFFFD
                    || Character.isISOControl(c) && !Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush(word, words);
            } else if (isPunctuation(c) || isIdeograph(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** BERT counts every non-alphanumeric ASCII character as punctuation, besides Unicode's P classes. */
    private static boolean isPunctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isIdeograph(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private List<Integer> pieces(String word) {
        if (word.length() > LONGEST_WORD) {
            return List.of(unknown);
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            for (; end > start; end--) {
                String piece = (start > 0 ? CONTINUATION : "") + word.substring(start, end);
                id = vocabulary.get(piece);
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                return List.of(unknown);
            }
            pieces.add(id);
            start = end;
        }
        return pieces;
    }
}
