/**
 * Dates on a timeline: the times SUTime found in a document, read as calendar points, each with the clause
 * it dates (core's timeline orders events by them).
 *
 * <p>{@link org.echotrace.nlp.time.TimeFinder} keeps an expression only when {@code DatableExpression} says it
 * dates something precisely ("a few years ago" does not), reads its value with {@code TimexValue} (durations,
 * sets and present references are refused) and the part of the period it means with {@code TimeModifier}
 * ("early", "since"), and finds the clause it dates with {@link org.echotrace.nlp.clauses.Clause}. Without a
 * reference date, relative times ("on Friday") stay unanchored.
 */
package org.echotrace.nlp.time;
