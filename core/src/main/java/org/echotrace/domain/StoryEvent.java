package org.echotrace.domain;

import java.util.List;

/**
 * What a story's reports agree happened, as their leads (first lines) tell it: the words of what happened,
 * who, where, when and the figures. Each item is one most members write (a story of several keeps only
 * items two or more of its reports write), so that a reader sees the event the reports share, not one
 * report's detail; at most a few of each, the most written first.
 *
 * @param actions  lower-case words of the leads: what happened ("evacuated", "relocation")
 * @param actors   proper names of the leads, places excepted
 * @param places   proper names written after "in", "at", "near" or "from"
 * @param year     the event's year: the publication year most of its reports have, else the latest year most
 *                 of them write; 0 when neither is known
 * @param yearFrom {@code published} or {@code written}: where {@code year} comes from; null when 0
 * @param figures  numbers with what they count ("12,000 members"); years, times and dates are not figures
 */
public record StoryEvent(List<String> actions, List<String> actors, List<String> places, int year, String yearFrom,
                         List<String> figures) {
    public StoryEvent {
        actions = List.copyOf(actions);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        figures = List.copyOf(figures);
    }
}
