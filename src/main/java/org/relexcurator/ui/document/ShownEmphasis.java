package org.relexcurator.ui.document;

/**
 * The emphasis for one shown document; the view draws it only over the document it was made for.
 */
public record ShownEmphasis(ShownDocument target, Emphasis emphasis) {}
