package org.echotrace.ingest;

import org.echotrace.domain.Published;

/** What a web page says about itself in its markup; any part may be null. */
record PageMetadata(String title, String outlet, String url, Published published) {
}
