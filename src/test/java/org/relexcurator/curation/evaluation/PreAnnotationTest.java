package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.EditingDocument;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.curation.MentionEditing;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Span;

class PreAnnotationTest {

  private static final Duration SPENT = Duration.ofSeconds(1);

  private final Document file = EditingDocument.document();
  private final CurationStore store = new InMemoryCurationStore();
  private final MentionEditing editing =
      new MentionEditing(store, Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC));

  private static StoredPair gold(String e1, String e2) {
    return new StoredPair(
        "d1",
        e1,
        List.of(new Span(0, 1)),
        "Chemical",
        e2,
        List.of(new Span(2, 3)),
        "Disease",
        new Span(0, 39),
        "[E1]x[/E1] [E2]y[/E2]",
        "exact",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void countsEachTypesCorrectionsAndTheGoldPairsThatStandOnThem() throws Exception {
    editing.add(file, "alice", List.of(new Span(28, 38)), "Species", List.of(), SPENT);
    editing.add(file, "alice", List.of(new Span(10, 17)), "Chemical", List.of(), SPENT);
    editing.remove(file, "alice", "T6", SPENT);
    editing.resize(file, "alice", "T2", List.of(new Span(10, 24)), SPENT);
    editing.retype(file, "alice", "T5", "Gene", SPENT);

    PreAnnotation section =
        PreAnnotation.of(
            store.mentionEdits(),
            List.of(
                gold("+10-17:Chemical", "T3"),
                gold("T1", "+10-24:Disease"),
                gold("+40-49:Gene", "+28-38:Species"),
                gold("T1", "T3")));

    assertThat(section.rows())
        .containsExactly(
            new PreAnnotation.TypeRow("Chemical", 1, 0, 0, 1, 0),
            new PreAnnotation.TypeRow("Disease", 0, 1, 1, 0, 0),
            new PreAnnotation.TypeRow("Species", 1, 0, 0, 0, 0));
    assertThat(section.goldPairs()).isEqualTo(4);
    assertThat(section.goldOnAddedMentions()).isEqualTo(2);
    assertThat(section.goldOnChangedMentions()).isEqualTo(1);
    assertThat(section.summary())
        .startsWith("2 of 4 gold pairs exist only because a curator added");
  }

  @Test
  void everyRenderingOfTheReportShowsTheSectionWhenItIsGivenAndOnlyThen() throws Exception {
    editing.add(file, "alice", List.of(new Span(28, 38)), "Species", List.of(), SPENT);
    EvaluationReport plain =
        Evaluation.of(
            new Pairs().add(3, "causes", "causes", 0.9).add(2, "none", "causes", 0.6).file(),
            new EvaluationSettings(Weighting.NONE, 0, 42));
    EvaluationReport report =
        plain.withPreAnnotation(
            PreAnnotation.of(store.mentionEdits(), List.of(gold("T1", "+28-38:Species"))));

    assertThat(MarkdownReport.render(report))
        .contains("## Pre-annotation corrected by curators")
        .contains("| Species | 1 | 0 | 0 | 0 | 0 |")
        .contains("1 of 1 gold pairs exist only because a curator added");
    assertThat(HtmlReport.render(report)).contains("<h2>Pre-annotation corrected by curators</h2>");
    assertThat(CsvReport.render(report))
        .contains("# pre-annotation,Species,1,0,0,0,0\n")
        .contains("# gold pairs,1,on added mentions,1,on changed mentions,0\n");
    assertThat(MarkdownReport.render(plain)).doesNotContain("Pre-annotation");
    assertThat(CsvReport.render(plain)).doesNotContain("pre-annotation");
  }
}
