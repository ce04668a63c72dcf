package org.echotrace.bench.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Developer tool, not a test: how well PolNeAR's annotators agree with each other, scored exactly as
 * echotrace is scored (cue and source exact, content overlap), over the articles that several annotators
 * marked: every ordered pair of annotators, one taken as the prediction and the other as the gold. It is
 * the ceiling a system can reach against one annotator's spans when another's are the gold.
 * {@code AnnotatorAgreement FOLDER...}
 */
public final class AnnotatorAgreement {

    public static void main(String[] args) throws Exception {
        SpanScore cue = new SpanScore();
        SpanScore source = new SpanScore();
        SpanScore content = new SpanScore();
        int articles = 0;
        int pairs = 0;
        for (String folder : args) {
            for (Map.Entry<String, List<Path>> article
                    : PolnearEvaluation.annotationsByArticle(Path.of(folder).resolve("attributions")).entrySet()) {
                List<Path> annotators = article.getValue();
                if (annotators.size() < 2) {
                    continue;
                }
                articles++;
                for (Path predicted : annotators) {
                    for (Path gold : annotators) {
                        if (predicted.equals(gold)) {
                            continue;
                        }
                        BratAttributions p = BratAttributions.read(predicted);
                        BratAttributions g = BratAttributions.read(gold);
                        cue.add(p.of(BratAttributions.Role.CUE), g.of(BratAttributions.Role.CUE), 1);
                        source.add(p.of(BratAttributions.Role.SOURCE), g.of(BratAttributions.Role.SOURCE), 1);
                        content.add(p.of(BratAttributions.Role.CONTENT), g.of(BratAttributions.Role.CONTENT), 1);
                        pairs++;
                    }
                }
            }
        }
        System.out.printf("{\"articles\": %d, \"annotatorPairs\": %d, \"cueExactF1\": %.3f, \"sourceExactF1\": %.3f,"
                        + " \"contentOverlapF1\": %.3f, \"contentExactF1\": %.3f}%n", articles, pairs,
                cue.exact().f1(), source.exact().f1(), content.overlap().f1(), content.exact().f1());
    }
}
