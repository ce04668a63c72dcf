package org.echotrace.bench.eval;

import java.util.List;
import org.echotrace.domain.Span;

/** Access to {@link BratAttributions}' span reading for the developer tools of other packages. */
public final class BratAttributionsAccess {
    private BratAttributionsAccess() {
    }

    public static List<Span> fragments(String offsets) {
        return BratAttributions.fragments(offsets);
    }
}
