package org.relexcurator.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Problem;

class RepairedMentionsTest {

  @Test
  void onlyRepairedOffsetsBecomeNotesOfTheirDocumentsMentions() {
    RepairedMentions repairs =
        RepairedMentions.of(
            List.of(
                Problem.offsetsRepaired(
                    "a.pubtator",
                    "1",
                    6,
                    "T3",
                    "offsets 72-77 moved by -3 to 69-74, where the mention's text is",
                    "fever",
                    "er t"),
                Problem.warning("a.pubtator", "1", 7, "T4", "kept without a type", null, null),
                Problem.error("a.pubtator", "2", 23, "T6", "mention dropped", "x", "y")));

    assertThat(repairs.of("1"))
        .containsOnlyKeys("T3")
        .containsEntry(
            "T3",
            "Offsets repaired (line 6): offsets 72-77 moved by -3 to 69-74, where the mention's"
                + " text is \u201cfever\u201d\nThe file's offsets cover \u201cer t\u201d");
    assertThat(repairs.of("2")).isEmpty();
  }
}
