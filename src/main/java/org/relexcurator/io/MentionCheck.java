package org.relexcurator.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
      for (int distance = 1; distance <= SEARCH_WINDOW; distance++) {
        for (int delta : new int[] {-distance, distance}) {
          Span moved = new Span(Math.max(0, span.start() + delta),
              Math.max(0, span.start() + delta) + statedText.codePointCount(0, statedText.length()));
          if (moved.start() == span.start() + delta && text.isValid(moved)
              && text.slice(moved).equals(statedText)) {
            return new Moved(List.of(moved), delta, atGiven);
          }
        }
      }
    }
    return new Mismatch(atGiven);
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
