package org.relexcurator.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Span;

/**
 * Checks an annotation's offsets against the text it claims to cover, the one policy every reader
 * follows: offsets that cover the stated text are kept; offsets a few characters off (a common
 * fault of converted files) are moved to the nearest exact occurrence within {@link #SEARCH_WINDOW}
 * code points, which the reader reports as a warning; anything else is a mismatch, which the reader
 * reports as an error and drops.
 *
 * <p>Discontinuous mentions are compared fragment text joined by single spaces, as brat and BioC
 * write them; runs of white space count as one space on both sides.
 */
public final class MentionCheck {

  /** How far (in code points) a misplaced mention may be moved. */
  public static final int SEARCH_WINDOW = 20;

  /** What the check found. */
  public sealed interface Outcome {}

  /** The offsets cover the stated text. */
  public record Exact(List<Span> spans) implements Outcome {}

  /** The stated text was found nearby; {@code spans} are the corrected offsets. */
  public record Moved(List<Span> spans, int delta, String textAtGivenOffsets) implements Outcome {}

  /** The offsets fall outside the text or the stated text is not there. */
  public record Mismatch(String textAtGivenOffsets) implements Outcome {}

  private MentionCheck() {}

  public static Outcome check(DocumentText text, List<Span> spans, String statedText) {
    Optional<String> found = covered(text, spans);
    if (found.isPresent() && sameText(found.get(), statedText)) {
      return new Exact(spans);
    }
    String atGiven = found.orElse(null);
    if (spans.size() == 1 && !statedText.isEmpty()) {
      Span span = spans.get(0);
      OptionalInt delta = nearest(text, span.start(), statedText);
      if (delta.isPresent()) {
        int start = span.start() + delta.getAsInt();
        return new Moved(
            List.of(new Span(start, start + statedText.codePointCount(0, statedText.length()))),
            delta.getAsInt(),
            atGiven);
      }
    }
    if (spans.size() > 1) {
      Optional<Moved> moved = moveFragments(text, spans, statedText, atGiven);
      if (moved.isPresent()) {
        return moved.get();
      }
    }
    return new Mismatch(atGiven);
  }

  /** How far from {@code start} the nearest occurrence of the text begins, if close enough. */
  private static OptionalInt nearest(DocumentText text, int start, String wanted) {
    int length = wanted.codePointCount(0, wanted.length());
    for (int distance = 0; distance <= SEARCH_WINDOW; distance++) {
      for (int delta : new int[] {-distance, distance}) {
        Span moved = new Span(Math.max(0, start + delta), Math.max(0, start + delta) + length);
        if (moved.start() == start + delta
            && text.isValid(moved)
            && text.slice(moved).equals(wanted)) {
          return OptionalInt.of(delta);
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A discontinuous mention whose stated text is its fragments joined by single white space, as
   * BioC and brat write it, is checked fragment by fragment: CDR has a fragment one character off
   * ("atypical absence seizures" at 247-263 and 293-301 where "atypical absence" starts at 248).
   * The delta is then the first moved fragment's.
   */
  private static Optional<Moved> moveFragments(
      DocumentText text, List<Span> spans, String statedText, String atGiven) {
    int[] stated = statedText.codePoints().toArray();
    if (stated.length != spans.stream().mapToInt(Span::length).sum() + spans.size() - 1) {
      return Optional.empty();
    }
    List<Span> moved = new ArrayList<>(spans.size());
    int firstDelta = 0;
    int at = 0;
    for (Span span : spans) {
      if (at > 0 && !Character.isWhitespace(stated[at - 1])) {
        return Optional.empty();
      }
      OptionalInt delta = nearest(text, span.start(), new String(stated, at, span.length()));
      if (delta.isEmpty()) {
        return Optional.empty();
      }
      moved.add(span.shift(delta.getAsInt()));
      firstDelta = firstDelta == 0 ? delta.getAsInt() : firstDelta;
      at += span.length() + 1;
    }
    return Optional.of(new Moved(moved, firstDelta, atGiven));
  }

  private static Optional<String> covered(DocumentText text, List<Span> spans) {
    List<String> fragments = new ArrayList<>(spans.size());
    for (Span span : spans) {
      if (!text.isValid(span)) {
        return Optional.empty();
      }
      fragments.add(text.slice(span));
    }
    return Optional.of(String.join(" ", fragments));
  }

  private static boolean sameText(String a, String b) {
    return a.equals(b) || collapse(a).equals(collapse(b));
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
