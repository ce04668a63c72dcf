package org.echotrace.store;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Walks every term of one field in every segment: how the in-memory tables are read when a store opens. */
final class IndexTerms {

    /** Called per term and segment; the enum is positioned on the term (for its document frequency or postings). */
    interface Visitor {
        void visit(LeafReaderContext leaf, BytesRef term, TermsEnum position) throws IOException;
    }

    private IndexTerms() {
    }

    static void forEach(IndexReader reader, String field, Visitor visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                visitor.visit(leaf, term, each);
            }
        }
    }
}
