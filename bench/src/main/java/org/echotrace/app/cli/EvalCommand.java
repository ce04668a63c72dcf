package org.echotrace.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echotrace.bench.eval.CloughClaimEvaluation;
import org.echotrace.bench.eval.CloughEvaluation;
import org.echotrace.claims.ClaimSettings;
import org.echotrace.cli.ExitCodes;
import org.echotrace.cli.ReuseOptions;
import org.echotrace.cli.StoryOptions;
import org.echotrace.nlp.embedding.MiniLmEmbedder;
import org.echotrace.bench.eval.PanEvaluation;
import org.echotrace.bench.eval.PtcEvaluation;
import org.echotrace.bench.eval.PolnearEvaluation;
import org.echotrace.bench.eval.StoryEvaluation;
import org.echotrace.bench.eval.WebEvaluation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code echotrace eval}: scores echotrace against gold data; each subcommand prints one JSON line. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores echotrace against gold-annotated data; prints one JSON line.",
        subcommands = {EvalCommand.Pan.class, EvalCommand.Clough.class, EvalCommand.Stories.class,
                EvalCommand.Polnear.class, EvalCommand.Ptc.class, EvalCommand.Web.class},
        footer = ExitCodes.FOOTER)
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One evaluation over one corpus folder: scores it and prints the result's JSON line. */
    abstract static class CorpusEvaluation implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The corpus folder (see docs/evaluation.md).")
        Path folder;

        abstract String score() throws IOException;

        @Override
        public Integer call() throws IOException {
            spec.commandLine().getOut().println(score());
            return ExitCodes.OK;
        }
    }

    @Command(name = "pan", mixinStandardHelpOptions = true,
            description = {"PAN text alignment: character-level precision, recall, granularity and plagdet",
                    "(Potthast et al. 2010) on a PAN-format folder: pairs, susp/, src/, truth/*.xml."},
            footer = ExitCodes.FOOTER)
    static final class Pan extends CorpusEvaluation {
        @CommandLine.Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Score only the first N pairs (0: all).")
        int limit;

        @CommandLine.Option(names = "--ceiling",
                description = {"Score an oracle instead of echotrace: for each gold case, the characters really",
                        "copied near its offsets. The most any detector of the real copies can reach."})
        boolean ceiling;

        @CommandLine.Mixin
        ReuseOptions reuseOptions;

        @Override
        String score() throws IOException {
            PanEvaluation evaluation = new PanEvaluation(reuseOptions.settings(spec.commandLine()));
            return (ceiling ? evaluation.ceiling(folder, limit) : evaluation.evaluate(folder, limit)).toJson();
        }
    }

    @Command(name = "clough", mixinStandardHelpOptions = true,
            description = {"Clough-Stevenson short answers: share of copied (cut) and rewritten (light, heavy)",
                    "answers found as reuse of their source, and the false positive rate on independent (non) ones."},
            footer = ExitCodes.FOOTER)
    static final class Clough extends CorpusEvaluation {
        @CommandLine.Mixin
        ReuseOptions reuseOptions;

        @CommandLine.Option(names = "--claims", description = {"Score claim matching instead: each answer's statements",
                "against its source's, statement-level precision and recall of light and heavy rewrites against",
                "non, and a grid of thresholds (parses the texts: about a minute)."})
        boolean claims;

        @CommandLine.Mixin
        NlpOptions nlpOptions;

        @Override
        String score() throws IOException {
            if (claims) {
                try (MiniLmEmbedder embedder = MiniLmEmbedder.load(nlpOptions.threads())) {
                    return new CloughClaimEvaluation(nlpOptions.analyzer(), embedder, ClaimSettings.DEFAULTS,
                            nlpOptions.threads()).evaluate(folder).toJson();
                }
            }
            return new CloughEvaluation(reuseOptions.settings(spec.commandLine())).evaluate(folder).toJson();
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Story clustering against gold groups: a Clough-Stevenson folder (all texts of all",
                    "tasks clustered together, each task one group) or a folder with a JSON Lines corpus and",
                    "gold.json ({id: event}, as ../shared/data/ecbplus-odd); pairwise and B-cubed precision,",
                    "recall and F1 as one JSON line."},
            footer = ExitCodes.FOOTER)
    static final class Stories extends CorpusEvaluation {
        @CommandLine.Mixin
        StoryOptions storyOptions;

        @Override
        String score() throws IOException {
            return new StoryEvaluation(storyOptions.settings(spec.commandLine())).evaluate(folder).toJson();
        }
    }

    /** An evaluation that parses its articles: a limit, and the language layer's options. */
    abstract static class LanguageEvaluation extends CorpusEvaluation {
        @CommandLine.Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Score only the first N articles in name order (0: all).")
        int limit;

        @CommandLine.Mixin
        NlpOptions nlpOptions;
    }

    @Command(name = "ptc", mixinStandardHelpOptions = true,
            description = {"Labels on the Propaganda Techniques Corpus: label spans found against the gold",
                    "name-calling and loaded-language spans; exact and overlap precision, recall and F1, on all",
                    "articles and on the held-out part the evaluative vocabulary was not built from."},
            footer = ExitCodes.FOOTER)
    static final class Ptc extends LanguageEvaluation {
        @Override
        String score() throws IOException {
            return new PtcEvaluation(nlpOptions.analyzer(), nlpOptions.threads())
                    .evaluate(folder, limit).toJson();
        }
    }

    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = {"Attribution (source, cue, content) on a PolNeAR folder: text/NAME.txt and",
                    "attributions/NAME_ANNOTATOR.ann; exact and overlap precision, recall and F1 per",
                    "role, each article scored against each of its annotators and averaged."},
            footer = ExitCodes.FOOTER)
    static final class Polnear extends LanguageEvaluation {
        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(folder.resolve("attributions")) || !Files.isDirectory(folder.resolve("text"))) {
                spec.commandLine().getErr().println("echotrace eval polnear: " + folder
                        + " has no text/ and attributions/ folders (see docs/evaluation.md)");
                return ExitCodes.NO_INPUT;
            }
            return super.call();
        }

        @Override
        String score() throws IOException {
            return new PolnearEvaluation(nlpOptions.analyzer()).evaluate(folder, limit).toJson();
        }
    }

    @Command(name = "web", mixinStandardHelpOptions = true,
            description = {"Article text found in web pages, read as analyze reads HTML files. On trafilatura's set",
                    "(evaldata.json, pages/): its evaluate.py scoring (with/without segments: precision, recall,",
                    "accuracy, F-score). On Readability's test pages (DIR/*/source.html, expected.html,",
                    "expected-metadata.json): word precision, recall, F1, title and date accuracy. DIR may also",
                    "hold both sets as web-trafilatura/ and web-readability/. One JSON line per set, with pages/s."},
            footer = ExitCodes.FOOTER)
    static final class Web extends CorpusEvaluation {
        @CommandLine.Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Score only the first N pages of each set (0: all).")
        int limit;

        @Override
        String score() throws IOException {
            return String.join(System.lineSeparator(), new WebEvaluation().evaluateAll(folder, limit));
        }
    }
}
