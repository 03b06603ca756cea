package org.relexcurator.ui.document;

import java.util.List;

/**
 * What the curator's current choice emphasises over the text: the current sentence ({@code
 * current-sentence}, a grey tint), E1 ({@code e1}: solid box), E2 ({@code e2}: dashed box) and the
 * focused mention ({@code focused}: a heavy ring). {@link EmphasisLayer} draws it.
 */
record Emphasis(
    List<TextRange> sentence,
    List<TextRange> first,
    List<TextRange> second,
    List<TextRange> focused) {

  static final String CURRENT_SENTENCE = "current-sentence";
  static final String E1 = "e1";
  static final String E2 = "e2";
  static final String FOCUSED = "focused";

  static final Emphasis NONE = new Emphasis(List.of(), List.of(), List.of(), List.of());

  Emphasis {
    sentence = List.copyOf(sentence);
    first = List.copyOf(first);
    second = List.copyOf(second);
    focused = List.copyOf(focused);
  }
}
