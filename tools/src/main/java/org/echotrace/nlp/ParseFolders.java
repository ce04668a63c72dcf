package org.echotrace.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.echotrace.nlp.parse.Parser;

/**
 * Developer tool: parses every .txt under the given folders into the default parse cache (2 threads). Not a test.
 * {@code -Dfrom=N} starts each folder at position N of its fixed shuffle (the train articles after the first 560
 * are the ones the shipped cue model never saw), {@code -Dto=M} stops before position M, {@code -Dthreads=T} sets the
 * number of parsing threads (default 2).
 */
public final class ParseFolders {
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : args) {
            List<Path> inFolder = new ArrayList<>();
            try (Stream<Path> s = Files.walk(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inFolder::add);
            }
            // a fixed shuffle, so that a partly parsed folder is a fair sample of it
            java.util.Collections.shuffle(inFolder, new java.util.Random(1));
            int to = Math.min(Integer.getInteger("to", inFolder.size()), inFolder.size());
            files.addAll(inFolder.subList(Math.min(Integer.getInteger("from", 0), to), to));
        }
        Parser parser = Parser.cachedInDefaultPlace();
        Parser.warmUp();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("threads", 2));
        for (Path f : files) {
            pool.submit(() -> {
                try {
                    parser.parse(Files.readString(f, StandardCharsets.UTF_8), null);
                } catch (Exception e) {
                    System.err.println(f + ": " + e);
                }
                int n = done.incrementAndGet();
                if (n % 20 == 0) {
                    System.err.println(n + "/" + files.size());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
    }
}
