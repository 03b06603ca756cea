package org.relexcurator.ui.document;

/**
 * Asks the view to bring a displayed position into sight. {@code serial} makes each request new, so
 * that asking twice for the same place still scrolls.
 */
public record ScrollRequest(int position, long serial) {}
