package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * What the curator's current choice emphasises on top of the base styles: the current sentence
 * ({@code current-sentence}, a background tint), E1 ({@code e1}: solid box), E2 ({@code e2}: dashed
 * box) and the focused mention ({@code focused}: a heavy underline).
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

  /** Every range this emphasis styles, sorted and joined. */
  List<TextRange> covered() {
    List<TextRange> all = new ArrayList<>(sentence);
    all.addAll(first);
    all.addAll(second);
    all.addAll(focused);
    return ClassSpans.merged(all);
  }

  /**
   * The patches that bring the text from the emphasis whose ranges were {@code previouslyCovered}
   * to this one: every range either styles is restyled from the base styles, with this emphasis
   * layered over them. The rest of the text keeps its styles.
   */
  List<StylePatch> patchesFrom(
      List<TextRange> previouslyCovered, StyleSpans<Collection<String>> base) {
    List<TextRange> touched = new ArrayList<>(previouslyCovered);
    touched.addAll(covered());
    int length = base.length();
    StyleSpans<Collection<String>> layer = layer(length);
    List<StylePatch> patches = new ArrayList<>();
    for (TextRange range : ClassSpans.merged(touched)) {
      int start = Math.min(range.start(), length);
      int end = Math.min(range.end(), length);
      if (start < end) {
        patches.add(
            new StylePatch(
                start, ClassSpans.layered(base.subView(start, end), layer.subView(start, end))));
      }
    }
    return patches;
  }

  /** The emphasis alone, over {@code length} characters: the sentence below, focus on top. */
  StyleSpans<Collection<String>> layer(int length) {
    StyleSpans<Collection<String>> spans =
        ClassSpans.marking(length, sentence, List.of(CURRENT_SENTENCE));
    spans = ClassSpans.layered(spans, ClassSpans.marking(length, first, List.of(E1)));
    spans = ClassSpans.layered(spans, ClassSpans.marking(length, second, List.of(E2)));
    return ClassSpans.layered(spans, ClassSpans.marking(length, focused, List.of(FOCUSED)));
  }
}
