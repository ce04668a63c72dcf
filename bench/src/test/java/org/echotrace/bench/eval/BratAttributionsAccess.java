package org.echotrace.bench.eval;

import java.util.List;
import org.echotrace.domain.Span;

/** Test-scope access to {@link BratAttributions}' span reading for developer tools in other packages. */
public final class BratAttributionsAccess {
    private BratAttributionsAccess() {
    }

    public static List<Span> fragments(String offsets) {
        return BratAttributions.fragments(offsets);
    }
}
