package org.relexcurator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.EditingDocument;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.curation.MentionEditing;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Span;

class EditedPairsTest {

  private static final Duration SPENT = Duration.ofSeconds(1);

  private final CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
  private final EditedPairs pairs = new EditedPairs(preparation);
  private final Document file = EditingDocument.document();
  private final MentionEditing editing =
      new MentionEditing(
          new InMemoryCurationStore(),
          Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC));

  private PairChanges afterEdits() throws Exception {
    return pairs.changes("test", file, editing.edited(file).document());
  }

  @Test
  void aNewMentionBringsItsPairsAndOnlyItsSentencesPairsChange() throws Exception {
    editing.add(file, "alice", List.of(new Span(76, 82)), "Disease", List.of(), SPENT);

    PairChanges changes = afterEdits();

    assertThat(changes.added())
        .extracting(CandidatePair::key)
        .contains("d1|T5|+76-82:Disease", "d1|+76-82:Disease|T7")
        .allSatisfy(key -> assertThat(key).contains("+76-82:Disease"));
    assertThat(changes.added())
        .allSatisfy(pair -> assertThat(pair.sentence().span()).isEqualTo(new Span(40, 83)));
    assertThat(changes.obsolete()).isEmpty();
    assertThat(changes.pairs())
        .extracting(CandidatePair::key)
        .containsAll(
            preparation.candidates("test", file).pairs().stream().map(CandidatePair::key).toList());
  }

  @Test
  void retypingAMentionMakesItsPairsObsoleteAndPairsItAnew() throws Exception {
    List<String> before =
        preparation.candidates("test", file).pairs().stream()
            .map(CandidatePair::key)
            .filter(key -> key.contains("|T5|") || key.endsWith("|T5"))
            .toList();
    editing.retype(file, "alice", "T5", "Gene", SPENT);

    PairChanges changes = afterEdits();

    assertThat(before).isNotEmpty();
    assertThat(changes.obsolete()).containsExactlyInAnyOrderElementsOf(before);
    assertThat(changes.added())
        .extracting(CandidatePair::key)
        .allSatisfy(key -> assertThat(key).contains("+40-49:Gene"));
  }

  @Test
  void removingAMentionMakesItsPairsObsoleteAndAddsNone() throws Exception {
    editing.remove(file, "alice", "T2", SPENT);

    PairChanges changes = afterEdits();

    assertThat(changes.added()).isEmpty();
    assertThat(changes.obsolete()).isNotEmpty().allSatisfy(key -> assertThat(key).contains("T2"));
  }
}
