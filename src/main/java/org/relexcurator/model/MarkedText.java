package org.relexcurator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence with the ranges the model's markers enclose: {@code first} for {@code [E1]…[/E1]},
 * {@code second} for {@code [E2]…[/E2]}. Spans count code points of {@link #plainText()}.
 *
 * <p><b>Rendering</b> ({@link #render()}) always gives well-formed markup:
 *
 * <ul>
 *   <li>A range that contains another opens before it and closes after it: {@code
 *       [E1][E2]breast[/E2] cancer[/E1]}. Identical ranges put E1 outside: {@code
 *       [E1][E2]TNF[/E2][/E1]}.
 *   <li>Crossing ranges (overlapping, neither containing the other) cannot nest, so where the
 *       first-opened range ends, the second-opened one is closed and re-opened straight after. E1
 *       over "breast cancer" and E2 over "cancer cells" give {@code [E1]breast
 *       [E2]cancer[/E2][/E1][E2] cells[/E2]}.
 *   <li>Ranges of one marker may touch but not overlap; adjacent ranges are written as two: {@code
 *       [E1]ab[/E1][E1]ab[/E1]}, as a string replace of {@code ab} in {@code abab} would.
 * </ul>
 *
 * <p><b>Parsing</b> ({@link #parse}) reads such markup back. A range that is closed and re-opened
 * with nothing but closing markers of the other kind in between ({@code [/E2][/E1][E2]}) is one
 * range, the way rendering writes a crossing range. That rule has one blind spot: two ranges of one
 * marker that touch exactly where a range of the other marker containing the first of them ends
 * render the same way and parse as one range. In text that takes two occurrences of an entity
 * string with no character between them, the first at the end of the other entity, which sentences
 * do not have. Brackets that are not {@code [E<digits>]} or {@code [/E<digits>]} (such as {@code
 * [3H]thymidine}) are plain text; the markers are not escaped, so a sentence that itself contains
 * {@code [E1]} cannot be represented.
 */
public record MarkedText(String plainText, List<Span> first, List<Span> second) {

  public static final String E1_OPEN = "[E1]";
  public static final String E1_CLOSE = "[/E1]";
  public static final String E2_OPEN = "[E2]";
  public static final String E2_CLOSE = "[/E2]";

  /** Anything shaped like a marker; those other than the four above are reported as unknown. */
  private static final Pattern MARKER = Pattern.compile("\\[/?[Ee]\\d+]");

  private enum Tag {
    E1(E1_OPEN, E1_CLOSE),
    E2(E2_OPEN, E2_CLOSE);

    final String open;
    final String close;

    Tag(String open, String close) {
      this.open = open;
      this.close = close;
    }
  }

  /** A range being rendered: its marker and where it ends. */
  private record OpenRange(Tag tag, int end) {}

  /**
   * @throws IllegalArgumentException if a span is empty, reaches past the text, or overlaps another
   *     span of the same marker
   */
  public MarkedText {
    Objects.requireNonNull(plainText, "plainText");
    int length = plainText.codePointCount(0, plainText.length());
    first = checked(first, length, Tag.E1);
    second = checked(second, length, Tag.E2);
  }

  /** E1 around one span and E2 around another, as for one candidate pair. */
  public static MarkedText of(String plainText, Span first, Span second) {
    return new MarkedText(plainText, List.of(first), List.of(second));
  }

  private static List<Span> checked(List<Span> spans, int length, Tag tag) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.naturalOrder());
    for (int i = 0; i < sorted.size(); i++) {
      Span span = sorted.get(i);
      if (span.length() == 0 || span.end() > length) {
        throw new IllegalArgumentException(
            tag + " span " + span + " is empty or outside a text of " + length + " code points");
      }
      if (i > 0 && sorted.get(i - 1).end() > span.start()) {
        throw new IllegalArgumentException(
            tag + " spans " + sorted.get(i - 1) + " and " + span + " overlap");
      }
    }
    return List.copyOf(sorted);
  }

  /** The sentence with its markers, the string the model reads. */
  public String render() {
    record Range(Tag tag, Span span) {}
    List<Range> ranges = new ArrayList<>();
    first.forEach(s -> ranges.add(new Range(Tag.E1, s)));
    second.forEach(s -> ranges.add(new Range(Tag.E2, s)));
    // Longer ranges open first so that they enclose; on identical spans E1 (declared first) wins.
    ranges.sort(Comparator.comparing(Range::span).thenComparing(Range::tag));

    int[] codePoints = plainText.codePoints().toArray();
    StringBuilder out = new StringBuilder(plainText.length() + 18 * ranges.size());
    List<OpenRange> stack = new ArrayList<>();
    int next = 0;
    for (int at = 0; at <= codePoints.length; at++) {
      if (endsAt(stack, at)) {
        List<OpenRange> reopen = new ArrayList<>();
        while (endsAt(stack, at)) {
          OpenRange top = stack.remove(stack.size() - 1);
          out.append(top.tag().close);
          if (top.end() != at) {
            reopen.add(0, top);
          }
        }
        for (OpenRange open : reopen) {
          stack.add(open);
          out.append(open.tag().open);
        }
      }
      while (next < ranges.size() && ranges.get(next).span().start() == at) {
        Range range = ranges.get(next++);
        stack.add(new OpenRange(range.tag(), range.span().end()));
        out.append(range.tag().open);
      }
      if (at < codePoints.length) {
        out.appendCodePoint(codePoints[at]);
      }
    }
    return out.toString();
  }

  private static boolean endsAt(List<OpenRange> stack, int at) {
    for (OpenRange open : stack) {
      if (open.end() == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * The plain text and marked ranges of a marked sentence.
   *
   * @throws MalformedMarkupException if a marker is unknown, never closed, closes nothing or closes
   *     across another marker, or a range marks no text
   */
  public static MarkedText parse(String marked) throws MalformedMarkupException {
    Objects.requireNonNull(marked, "marked");
    record Open(Tag tag, int start, int column) {}
    StringBuilder plain = new StringBuilder(marked.length());
    List<Span> e1 = new ArrayList<>();
    List<Span> e2 = new ArrayList<>();
    List<Open> stack = new ArrayList<>();
    int plainLength = 0;
    int column = 1;
    int consumed = 0;
    // The range just closed, while only closing markers follow it: a re-opening continues it.
    Tag lastClosed = null;
    boolean othersClosedSince = false;

    Matcher matcher = MARKER.matcher(marked);
    while (matcher.find()) {
      String between = marked.substring(consumed, matcher.start());
      if (!between.isEmpty()) {
        plain.append(between);
        int count = between.codePointCount(0, between.length());
        plainLength += count;
        column += count;
        lastClosed = null;
      }
      String marker = matcher.group();
      Tag tag = tagOf(marker);
      if (tag == null) {
        throw new MalformedMarkupException(
            "unknown marker "
                + marker
                + " at column "
                + column
                + " (the model knows [E1], [/E1], [E2] and [/E2])",
            column);
      }
      List<Span> ranges = tag == Tag.E1 ? e1 : e2;
      if (marker.equals(tag.open)) {
        for (Open open : stack) {
          if (open.tag() == tag) {
            throw new MalformedMarkupException(
                marker
                    + " at column "
                    + column
                    + " opens "
                    + tag
                    + " again while the one at column "
                    + open.column()
                    + " is still open",
                column);
          }
        }
        if (tag == lastClosed && othersClosedSince) {
          Span continued = ranges.remove(ranges.size() - 1);
          stack.add(new Open(tag, continued.start(), column));
        } else {
          stack.add(new Open(tag, plainLength, column));
        }
        lastClosed = null;
      } else {
        Open top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        if (top == null || top.tag() != tag) {
          boolean isOpen = stack.stream().anyMatch(o -> o.tag() == tag);
          throw new MalformedMarkupException(
              isOpen
                  ? marker
                      + " at column "
                      + column
                      + " closes "
                      + tag
                      + " while "
                      + top.tag().open
                      + " opened inside it at column "
                      + top.column()
                      + " is still open"
                  : marker + " at column " + column + " closes no open " + tag.open,
              column);
        }
        if (top.start() == plainLength) {
          throw new MalformedMarkupException(
              tag.open + " at column " + top.column() + " marks no text", top.column());
        }
        stack.remove(stack.size() - 1);
        ranges.add(new Span(top.start(), plainLength));
        if (lastClosed == null) {
          lastClosed = tag;
          othersClosedSince = false;
        } else {
          othersClosedSince |= lastClosed != tag;
        }
      }
      column += marker.length();
      consumed = matcher.end();
    }
    if (!stack.isEmpty()) {
      Open open = stack.get(stack.size() - 1);
      throw new MalformedMarkupException(
          open.tag().open + " at column " + open.column() + " is never closed", open.column());
    }
    plain.append(marked, consumed, marked.length());
    return new MarkedText(plain.toString(), e1, e2);
  }

  private static Tag tagOf(String marker) {
    for (Tag tag : Tag.values()) {
      if (marker.equals(tag.open) || marker.equals(tag.close)) {
        return tag;
      }
    }
    return null;
  }

  /** The text of each span of a list, in order. */
  public List<String> texts(List<Span> spans) {
    List<String> texts = new ArrayList<>(spans.size());
    for (Span span : spans) {
      int start = plainText.offsetByCodePoints(0, span.start());
      texts.add(plainText.substring(start, plainText.offsetByCodePoints(start, span.length())));
    }
    return texts;
  }
}
