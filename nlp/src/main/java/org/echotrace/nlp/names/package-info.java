/**
 * Names and the descriptions that stand for them: the entity mentions core's entity linker clusters.
 *
 * <p>{@link org.echotrace.nlp.names.NameFinder} starts from the tagger's runs of same-typed tokens ({@code
 * EntityTypes} maps CoreNLP's NER tags to the report's types) and corrects them with the words next to them;
 * {@link org.echotrace.nlp.names.TypeNouns} ({@code type-nouns.tsv}) says what kind of thing a common noun
 * names ("camp" a place, "news agency" an organisation). {@link org.echotrace.nlp.names.DescriptionFinder}
 * finds definite descriptions ("the group") with such a head. The label finder reads {@link
 * org.echotrace.nlp.names.EntityTypes} and {@link org.echotrace.nlp.names.TypeNouns} too, to tell what a phrase
 * describes.
 */
package org.echotrace.nlp.names;
