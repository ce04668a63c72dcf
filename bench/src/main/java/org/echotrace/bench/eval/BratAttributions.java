package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Span;

/**
 * The attribution spans of one brat standoff file ({@code .ann}) as PolNeAR writes them: text-bound
 * annotations {@code T<n>\tSource|Cue|Content START END[;START END...]\ttext}. A span may be discontinuous
 * (a quotation interrupted by "he said"); it is kept as its fragments. Other annotation types (the
 * Attribution triggers, Discard, Discuss, relations) are not spans to score.
 */
record BratAttributions(Map<Role, List<List<Span>>> spans) {

    enum Role { SOURCE, CUE, CONTENT }

    static BratAttributions read(Path annFile) throws IOException {
        Map<Role, List<List<Span>>> spans = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            spans.put(role, new ArrayList<>());
        }
        for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length < 2 || !fields[0].startsWith("T")) {
                continue;
            }
            int space = fields[1].indexOf(' ');
            if (space < 0) {
                continue;
            }
            Role role = role(fields[1].substring(0, space));
            if (role != null) {
                spans.get(role).add(fragments(fields[1].substring(space + 1)));
            }
        }
        return new BratAttributions(spans);
    }

    List<List<Span>> of(Role role) {
        return spans.get(role);
    }

    private static Role role(String type) {
        return switch (type) {
            case "Source" -> Role.SOURCE;
            case "Cue" -> Role.CUE;
            case "Content" -> Role.CONTENT;
            default -> null;
        };
    }

    /** {@code "315 448;463 553"} to its fragments. */
    static List<Span> fragments(String offsets) {
        List<Span> fragments = new ArrayList<>();
        for (String part : offsets.split(";")) {
            String[] ends = part.trim().split(" ");
            fragments.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
        }
        return List.copyOf(fragments);
    }
}
