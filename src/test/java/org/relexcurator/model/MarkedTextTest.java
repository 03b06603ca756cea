package org.relexcurator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

  @Test
  void rendersTheModelCardExample() {
    String plain = "Paclitaxel is a common chemotherapy used for lung cancer.";
    MarkedText marked = MarkedText.of(plain, new Span(0, 10), new Span(45, 56));

    assertThat(marked.render())
        .isEqualTo("[E1]Paclitaxel[/E1] is a common chemotherapy used for [E2]lung cancer[/E2].");
  }

  @Test
  void nestsAShorterRangeInsideTheLongerOne() {
    String plain = "breast cancer";

    assertThat(MarkedText.of(plain, new Span(0, 13), new Span(0, 6)).render())
        .isEqualTo("[E1][E2]breast[/E2] cancer[/E1]");
    assertThat(MarkedText.of(plain, new Span(0, 6), new Span(0, 13)).render())
        .isEqualTo("[E2][E1]breast[/E1] cancer[/E2]");
    assertThat(MarkedText.of(plain, new Span(7, 13), new Span(0, 13)).render())
        .isEqualTo("[E2]breast [E1]cancer[/E1][/E2]");
  }

  @Test
  void identicalRangesPutE1Outside() {
    assertThat(MarkedText.of("TNF alpha", new Span(0, 3), new Span(0, 3)).render())
        .isEqualTo("[E1][E2]TNF[/E2][/E1] alpha");
  }

  @Test
  void crossingRangesCloseAndReopenTheSecondOpened() {
    String plain = "breast cancer cells";
    MarkedText crossing = MarkedText.of(plain, new Span(0, 13), new Span(7, 19));

    String rendered = crossing.render();

    assertThat(rendered).isEqualTo("[E1]breast [E2]cancer[/E2][/E1][E2] cells[/E2]");
    assertThat(parse(rendered)).isEqualTo(crossing);
  }

  @Test
  void crossingTheOtherWayRoundAlsoRoundTrips() {
    MarkedText crossing = MarkedText.of("breast cancer cells", new Span(7, 19), new Span(0, 13));

    assertThat(crossing.render()).isEqualTo("[E2]breast [E1]cancer[/E1][/E2][E1] cells[/E1]");
    assertThat(parse(crossing.render())).isEqualTo(crossing);
  }

  @Test
  void marksEveryGivenOccurrenceAndKeepsTouchingRangesApart() {
    MarkedText marked =
        new MarkedText(
            "abab and x", List.of(new Span(0, 2), new Span(2, 4)), List.of(new Span(9, 10)));

    assertThat(marked.render()).isEqualTo("[E1]ab[/E1][E1]ab[/E1] and [E2]x[/E2]");
    assertThat(parse(marked.render())).isEqualTo(marked);
  }

  @Test
  void offsetsCountCodePointsOutsideTheBasicPlane() {
    String plain = "\uD835\uDEFC-synuclein binds \uD83E\uDDEC DNA";
    MarkedText marked = MarkedText.of(plain, new Span(0, 11), new Span(18, 23));

    assertThat(marked.render())
        .isEqualTo("[E1]\uD835\uDEFC-synuclein[/E1] binds [E2]\uD83E\uDDEC DNA[/E2]");
    assertThat(marked.texts(marked.second())).containsExactly("\uD83E\uDDEC DNA");
    assertThat(parse("x\uD835\uDEFC[E1]y[/E1][E2]z[/E2]").first()).containsExactly(new Span(2, 3));
  }

  @Test
  void parsingGivesPlainTextAndEveryRange() {
    MarkedText parsed = parse("[E1]IL-6[/E1] raises CRP; [E1]IL-6[/E1] and [E2]fever[/E2].");

    assertThat(parsed.plainText()).isEqualTo("IL-6 raises CRP; IL-6 and fever.");
    assertThat(parsed.first()).containsExactly(new Span(0, 4), new Span(17, 21));
    assertThat(parsed.second()).containsExactly(new Span(26, 31));
    assertThat(parsed.texts(parsed.first())).containsExactly("IL-6", "IL-6");
  }

  @Test
  void bracketsThatAreNotMarkersStayPlainText() {
    MarkedText parsed = parse("[E1][3H]thymidine[/E1] uptake in [E2][Ca2+]i[/E2]");

    assertThat(parsed.plainText()).isEqualTo("[3H]thymidine uptake in [Ca2+]i");
    assertThat(parsed.texts(parsed.first())).containsExactly("[3H]thymidine");
  }

  @Test
  void aGenuineCloseAndReopenIsTheOneDocumentedAmbiguity() {
    // E1 "ab" containing E2 "b", then a second E2 "c" straight after: renders like a crossing.
    MarkedText touching =
        new MarkedText("abc", List.of(new Span(0, 2)), List.of(new Span(1, 2), new Span(2, 3)));

    assertThat(touching.render()).isEqualTo("[E1]a[E2]b[/E2][/E1][E2]c[/E2]");
    assertThat(parse(touching.render()).second()).containsExactly(new Span(1, 3));
  }

  @Test
  void parsingReportsMalformedMarkupClearly() {
    assertMalformed("[E1]a[/E1] [E2]b", "[E2] at column 12 is never closed", 12);
    assertMalformed("a[/E1]", "[/E1] at column 2 closes no open [E1]", 2);
    assertMalformed(
        "[E1]a[E2]b[/E1]c[/E2]",
        "[/E1] at column 11 closes E1 while [E2] opened inside it at column 6 is still open",
        11);
    assertMalformed(
        "[E1]a[E3]b[/E3][/E1]",
        "unknown marker [E3] at column 6 (the model knows [E1], [/E1], [E2] and [/E2])",
        6);
    assertMalformed("[e1]a[/e1]", "unknown marker [e1] at column 1", 1);
    assertMalformed("[E1][/E1] [E2]b[/E2]", "[E1] at column 1 marks no text", 1);
    assertMalformed(
        "[E1]a[E1]b[/E1][/E1]",
        "[E1] at column 6 opens E1 again while the one at column 1 is still open",
        6);
  }

  @Test
  void aSentenceWithoutMarkersParsesToNoRanges() {
    MarkedText parsed = parse("No entities here.");

    assertThat(parsed.first()).isEmpty();
    assertThat(parsed.second()).isEmpty();
    assertThat(parsed.render()).isEqualTo("No entities here.");
  }

  @Test
  void rejectsRangesThatCannotBeRendered() {
    assertThatThrownBy(() -> MarkedText.of("abc", new Span(1, 1), new Span(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> MarkedText.of("abc", new Span(0, 4), new Span(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
    assertThatThrownBy(
            () -> new MarkedText("abcd", List.of(new Span(0, 2), new Span(1, 3)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }

  private static void assertMalformed(String marked, String message, int column) {
    assertThatThrownBy(() -> MarkedText.parse(marked))
        .isInstanceOf(MalformedMarkupException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(((MalformedMarkupException) e).column()).isEqualTo(column));
  }

  private static MarkedText parse(String marked) {
    try {
      return MarkedText.parse(marked);
    } catch (MalformedMarkupException e) {
      throw new AssertionError(e);
    }
  }
}
