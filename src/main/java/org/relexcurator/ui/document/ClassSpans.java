package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Style-class spans over the displayed text and the union that layers them. */
final class ClassSpans {

  static final Collection<String> NONE = List.of();

  private ClassSpans() {}

  /** The classes of two layers together: a character keeps what each layer gives it. */
  static Collection<String> union(Collection<String> below, Collection<String> above) {
    if (above.isEmpty()) {
      return below;
    }
    if (below.isEmpty()) {
      return above;
    }
    LinkedHashSet<String> both = new LinkedHashSet<>(below);
    both.addAll(above);
    return List.copyOf(both);
  }

  /** {@code top} laid over {@code bottom}, both of the same length. */
  static StyleSpans<Collection<String>> layered(
      StyleSpans<Collection<String>> bottom, StyleSpans<Collection<String>> top) {
    return bottom.overlay(top, ClassSpans::union);
  }

  /**
   * Spans of {@code length} characters where the given ranges carry {@code classes} and the rest
   * none. Ranges may overlap and come in any order.
   */
  static StyleSpans<Collection<String>> marking(
      int length, List<TextRange> ranges, Collection<String> classes) {
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    int at = 0;
    for (TextRange range : merged(ranges)) {
      int start = Math.min(range.start(), length);
      int end = Math.min(range.end(), length);
      spans.add(NONE, start - at);
      spans.add(classes, end - start);
      at = end;
    }
    spans.add(NONE, length - at);
    return spans.create();
  }

  /** The ranges sorted, with overlapping and touching ones joined. */
  static List<TextRange> merged(Collection<TextRange> ranges) {
    List<TextRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(TextRange::start));
    List<TextRange> merged = new ArrayList<>(sorted.size());
    for (TextRange range : sorted) {
      if (range.length() == 0) {
        continue;
      }
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).end() >= range.start()) {
        TextRange previous = merged.get(last);
        merged.set(last, new TextRange(previous.start(), Math.max(previous.end(), range.end())));
      } else {
        merged.add(range);
      }
    }
    return merged;
  }
}
