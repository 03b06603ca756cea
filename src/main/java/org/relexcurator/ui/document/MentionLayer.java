package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style classes mentions give the displayed text. Where one mention covers a character, it gets
 * {@code mention} and its type class ({@code type-gene}); where several cover it (nested or
 * overlapping mentions), the innermost (fewest characters) gives the type class, and {@code nested}
 * plus {@code outer-<type>} of the outermost add a second underline in the outer's colour, so both
 * stay visible. Each fragment of a discontinuous mention is marked, with {@code discontinuous};
 * where any covering mention had its offsets repaired by the reader, {@code repaired} is added.
 */
final class MentionLayer {

  static final String MENTION = "mention";
  static final String NESTED = "nested";
  static final String DISCONTINUOUS = "discontinuous";
  static final String REPAIRED = "repaired";

  private record Fragment(TextRange range, Mention mention) {}

  private MentionLayer() {}

  static StyleSpans<Collection<String>> of(int length, List<Mention> mentions) {
    List<Fragment> fragments = new ArrayList<>();
    TreeSet<Integer> boundaries = new TreeSet<>();
    for (Mention mention : mentions) {
      for (TextRange range : mention.ranges()) {
        fragments.add(new Fragment(range, mention));
        boundaries.add(range.start());
        boundaries.add(range.end());
      }
    }
    fragments.sort(Comparator.comparingInt(f -> f.range().start()));
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    List<Fragment> active = new ArrayList<>();
    int next = 0;
    int at = 0;
    for (int boundary : boundaries) {
      if (boundary > at) {
        spans.add(classesOf(active), boundary - at);
        at = boundary;
      }
      active.removeIf(f -> f.range().end() <= boundary);
      while (next < fragments.size() && fragments.get(next).range().start() == boundary) {
        active.add(fragments.get(next++));
      }
    }
    spans.add(ClassSpans.NONE, length - at);
    return spans.create();
  }

  private static Collection<String> classesOf(List<Fragment> covering) {
    if (covering.isEmpty()) {
      return ClassSpans.NONE;
    }
    Mention inner = covering.get(0).mention();
    Mention outer = inner;
    for (Fragment fragment : covering) {
      Mention m = fragment.mention();
      if (isInside(m, inner)) {
        inner = m;
      }
      if (isInside(outer, m)) {
        outer = m;
      }
    }
    List<String> classes = new ArrayList<>(6);
    classes.add(MENTION);
    classes.add(inner.typeClass());
    if (inner.entity().isDiscontinuous()) {
      classes.add(DISCONTINUOUS);
    }
    if (covering.size() > 1) {
      classes.add(NESTED);
      classes.add("outer-" + outer.typeClass());
    }
    if (covering.stream().anyMatch(f -> f.mention().repair().isPresent())) {
      classes.add(REPAIRED);
    }
    return List.copyOf(classes);
  }

  /** Whether {@code a} is drawn inside {@code b}: shorter, or as long and later in reading. */
  private static boolean isInside(Mention a, Mention b) {
    int byLength = Integer.compare(a.displayLength(), b.displayLength());
    return byLength < 0 || byLength == 0 && a.index() > b.index();
  }
}
