package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

class MentionDisputesTest {

  private static final Entity ASPIRIN =
      new Entity("T1", "Chemical", List.of(new Span(0, 7)), "aspirin", List.of("D001241"), null);

  private final InMemoryCurationStore store = new InMemoryCurationStore();

  private void edit(String curator, MentionEdit edit) throws CurationStoreException {
    store.record(
        DecisionDraft.mentionEdit(
            edit, curator, "", Instant.parse("2026-05-01T08:00:00Z"), Duration.ZERO));
  }

  private static Entity mention(int start, int end, String type, String... conceptIds) {
    return new Entity(
        "+" + start + "-" + end + ":" + type,
        type,
        List.of(new Span(start, end)),
        "x".repeat(end - start),
        List.of(conceptIds),
        null);
  }

  private List<MentionDispute> disputes() throws CurationStoreException {
    return MentionDisputes.of(store.mentionEdits());
  }

  @Test
  void aFileMentionOneCuratorRemovesAndAnotherRetypesIsDisputed() throws Exception {
    edit("ann", MentionEdit.removed("d1", ASPIRIN));
    edit("ben", MentionEdit.changed("d1", ASPIRIN, mention(0, 7, "Drug")));

    assertThat(disputes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.fileMentionId()).isEqualTo("T1");
              assertThat(d.changes()).containsOnlyKeys("ann", "ben");
              assertThat(d.describe())
                  .isEqualTo("d1 mention T1: ann removed it; ben made it \"xxxxxxx\" Drug [0-7]");
            });
  }

  @Test
  void theSameChangeByTwoCuratorsIsNoDisputeButOtherConceptIdsAre() throws Exception {
    edit("ann", MentionEdit.changed("d1", ASPIRIN, mention(0, 5, "Chemical")));
    edit("ben", MentionEdit.changed("d1", ASPIRIN, mention(0, 5, "Chemical")));
    assertThat(disputes()).isEmpty();

    edit("cat", MentionEdit.changed("d1", ASPIRIN, mention(0, 5, "Chemical", "D0")));
    assertThat(disputes()).singleElement().satisfies(d -> assertThat(d.changes()).hasSize(3));
  }

  @Test
  void overlappingAdditionsAreDisputedOnlyWhenTheirTypesDiffer() throws Exception {
    edit("ann", MentionEdit.added("d2", mention(10, 20, "Gene")));
    edit("ben", MentionEdit.added("d2", mention(15, 25, "Gene")));
    edit("ann", MentionEdit.added("d3", mention(10, 20, "Gene")));
    edit("ben", MentionEdit.added("d3", mention(30, 40, "Disease")));
    assertThat(disputes()).isEmpty();

    edit("cat", MentionEdit.added("d2", mention(18, 30, "Chemical")));
    assertThat(disputes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.documentId()).isEqualTo("d2");
              assertThat(d.fileMentionId()).isNull();
              assertThat(d.changes()).containsKeys("cat");
            });
  }
}
