package org.relexcurator.ui.document;

/** A badge about the picked pair: what it says, and whether it warns. */
public record PairFlag(String text, boolean warning) {}
