/**
 * Labels: the words a document uses for what it names ("the terrorist group", "X, a cult"), each marked
 * evaluative or neutral, for the report's comparison of how outlets describe the same entity.
 *
 * <p>{@link org.echotrace.nlp.labels.LabelFinder} reads premodifiers, compound heads, appositions, predicates,
 * relative clauses and descriptions. {@code LabelTarget} says which name or description a phrase is said of,
 * from the dependency tree and the sentence's names ({@code SentenceNames}, typed by the names package's
 * {@link org.echotrace.nlp.names.EntityTypes} and {@link org.echotrace.nlp.names.TypeNouns}). {@code
 * EvaluativeWords} judges the words from general resources (the PTC and MPQA lists, no word chosen for a
 * report).
 */
package org.echotrace.nlp.labels;
