package org.echotrace.ingest;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.Location;

/**
 * What reading one input found, in the order it was found: problems, notes and cleaned documents. A file
 * read ahead on another core is recorded here, then replayed in input order against the run's real log,
 * id assigner and sink, so that the result is that of reading the files one after the other.
 */
final class RecordingLog extends ProblemLog {

    /** One finding: a problem or a note (no document), or a cleaned document and where it was read. */
    record Event(boolean problem, Location location, String text, Document document) {
    }

    private final List<Event> events = new ArrayList<>();

    RecordingLog(String file) {
        super(file, Integer.MAX_VALUE, List.of(), List.of());
    }

    @Override
    void add(Location location, String reason) {
        events.add(new Event(true, location, reason, null));
    }

    @Override
    void note(Location location, String what) {
        events.add(new Event(false, location, what, null));
    }

    @Override
    void finish() {
        // the real log caps and counts when the events are replayed
    }

    void document(Document document, Location location) {
        events.add(new Event(false, location, null, document));
    }

    List<Event> events() {
        return events;
    }
}
