/**
 * Clauses: the statement units of a sentence in its basic dependency tree.
 *
 * <p>{@link org.echotrace.nlp.clauses.ClauseFinder} splits each sentence into its main clause and the clauses
 * coordinated with it or set beside it; core's claims stage makes its statements of them. {@link
 * org.echotrace.nlp.clauses.Clause} is the clause one word belongs to, which the time finder uses to say what
 * a date dates.
 */
package org.echotrace.nlp.clauses;
