package org.echotrace.ingest;

/** The article found in a web page: its metadata and its main text, paragraphs on their own lines. */
record HtmlArticle(PageMetadata metadata, String text) {
}
