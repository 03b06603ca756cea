package org.relexcurator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class MarkedTextPropertyTest {

  /** No E or digit, so the text itself can never contain something shaped like a marker. */
  private static final List<String> ALPHABET =
      List.of("a", "b", " ", "-", "[", "]", "é", "\uD835\uDEFC", "\uD83E\uDDEC");

  @Property(tries = 2000)
  void renderThenParseGivesBackTextAndSpans(@ForAll("markedTexts") MarkedText original)
      throws MalformedMarkupException {
    Statistics.label("shape").collect(shape(original));
    Statistics.label("outside the BMP")
        .collect(
            original.plainText().codePointCount(0, original.plainText().length())
                < original.plainText().length());

    MarkedText parsed = MarkedText.parse(original.render());

    assertThat(parsed.plainText()).isEqualTo(original.plainText());
    if (!hasTheDocumentedAmbiguity(original)) {
      assertThat(parsed.first()).isEqualTo(original.first());
      assertThat(parsed.second()).isEqualTo(original.second());
    }
  }

  @Property(tries = 500)
  void renderedMarkersAreBalancedAndEnclosePlainText(@ForAll("markedTexts") MarkedText original) {
    String rendered = original.render();

    assertThat(rendered.replaceAll("\\[/?E[12]]", "")).isEqualTo(original.plainText());
    assertThat(count(rendered, "[E1]")).isEqualTo(count(rendered, "[/E1]"));
    assertThat(count(rendered, "[E2]")).isEqualTo(count(rendered, "[/E2]"));
  }

  @Provide
  Arbitrary<MarkedText> markedTexts() {
    Arbitrary<String> texts =
        Arbitraries.of(ALPHABET).list().ofMinSize(1).ofMaxSize(14).map(l -> String.join("", l));
    return texts.flatMap(
        text -> {
          int length = text.codePointCount(0, text.length());
          Arbitrary<List<Span>> spans = span(length).list().ofMaxSize(3).map(this::nonOverlapping);
          return Combinators.combine(spans, spans).as((e1, e2) -> new MarkedText(text, e1, e2));
        });
  }

  private static Arbitrary<Span> span(int length) {
    return Arbitraries.integers()
        .between(0, length - 1)
        .flatMap(
            start ->
                Arbitraries.integers().between(start + 1, length).map(end -> new Span(start, end)));
  }

  private List<Span> nonOverlapping(List<Span> spans) {
    List<Span> kept = new ArrayList<>();
    for (Span span : spans) {
      if (kept.stream().noneMatch(span::overlaps)) {
        kept.add(span);
      }
    }
    return kept;
  }

  /**
   * The one input {@link MarkedText} documents it cannot tell from a crossing: two ranges of one
   * marker touching where a range of the other marker that contains the first one ends (and
   * encloses it in the markup, which identical spans do only for E2 inside E1).
   */
  private static boolean hasTheDocumentedAmbiguity(MarkedText text) {
    return touchesAtEndOfEnclosing(text.first(), text.second(), true)
        || touchesAtEndOfEnclosing(text.second(), text.first(), false);
  }

  private static boolean touchesAtEndOfEnclosing(List<Span> own, List<Span> other, boolean isE1) {
    for (Span a : own) {
      for (Span b : own) {
        if (a.end() != b.start()) {
          continue;
        }
        for (Span enclosing : other) {
          if (enclosing.contains(a)
              && enclosing.end() == a.end()
              && !(enclosing.equals(a) && isE1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String shape(MarkedText text) {
    for (Span a : text.first()) {
      for (Span b : text.second()) {
        if (a.crosses(b)) {
          return "crossing";
        }
      }
    }
    for (Span a : text.first()) {
      for (Span b : text.second()) {
        if (a.overlaps(b)) {
          return "nested";
        }
      }
    }
    return "apart";
  }

  private static int count(String haystack, String needle) {
    int count = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
