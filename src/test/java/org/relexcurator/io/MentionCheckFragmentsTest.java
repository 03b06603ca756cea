package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Span;

/** Discontinuous mentions are checked, and moved, fragment by fragment. */
class MentionCheckFragmentsTest {

  /** CDR 6415512: "myoclonic, atypical absence and/or atonic (minor motor) seizures". */
  private static final DocumentText TEXT =
      new DocumentText("myoclonic, atypical absence and/or atonic (minor motor) seizures");

  @Test
  void fragmentOneCharacterOffIsMovedAndTheOtherKept() {
    MentionCheck.Outcome outcome =
        MentionCheck.check(
            TEXT, List.of(new Span(10, 26), new Span(56, 64)), "atypical absence seizures");

    assertThat(outcome)
        .isEqualTo(
            new MentionCheck.Moved(
                List.of(new Span(11, 27), new Span(56, 64)), 1, " atypical absenc seizures"));
  }

  @Test
  void exactFragmentsStayExact() {
    List<Span> spans = List.of(new Span(0, 9), new Span(56, 64));

    assertThat(MentionCheck.check(TEXT, spans, "myoclonic seizures"))
        .isEqualTo(new MentionCheck.Exact(spans));
  }

  @Test
  void fragmentsThatDoNotSplitTheStatedTextAreAMismatch() {
    List<Span> spans = List.of(new Span(10, 26), new Span(56, 64));

    assertThat(MentionCheck.check(TEXT, spans, "atypical absence-seizures"))
        .isInstanceOf(MentionCheck.Mismatch.class);
    assertThat(MentionCheck.check(TEXT, spans, "absent seizures"))
        .isInstanceOf(MentionCheck.Mismatch.class);
  }

  @Test
  void singleSpanIsStillMovedToTheNearestOccurrence() {
    assertThat(MentionCheck.check(TEXT, List.of(new Span(44, 49)), "minor"))
        .isEqualTo(new MentionCheck.Moved(List.of(new Span(43, 48)), -1, "inor "));
  }
}
