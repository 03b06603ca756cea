package org.relexcurator.ui.document;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/** New styles for the displayed text from {@code from} on, for as long as the spans run. */
public record StylePatch(int from, StyleSpans<Collection<String>> spans) {}
