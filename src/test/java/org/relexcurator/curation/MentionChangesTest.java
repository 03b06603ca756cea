package org.relexcurator.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Document;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

class MentionChangesTest {

  private static final Duration SPENT = Duration.ofSeconds(1);

  private final Document file = EditingDocument.document();
  private final CurationStore store = new InMemoryCurationStore();
  private final MentionEditing editing =
      new MentionEditing(store, Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC));

  @Test
  void aMentionAddedThenResizedIsOneAddedMentionWithItsLastSpans() throws Exception {
    editing.add(file, "alice", List.of(new Span(28, 29)), "Chemical", List.of(), SPENT);
    editing.resize(file, "alice", "+28-29:Chemical", List.of(new Span(28, 38)), SPENT);

    List<NetMentionChange> changes = MentionChanges.of(store.mentionEdits()).all();

    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).kind()).isEqualTo(MentionEdit.Kind.ADDED);
    assertThat(changes.get(0).current().spans()).containsExactly(new Span(28, 38));
    assertThat(MentionChanges.of(store.mentionEdits()).addedMentionKeys())
        .containsExactly("d1|+28-38:Chemical");
  }

  @Test
  void aFileMentionResizedAndRetypedIsOneChangeCountedUnderItsFileType() throws Exception {
    editing.resize(file, "alice", "T2", List.of(new Span(10, 24)), SPENT);
    editing.retype(file, "alice", "+10-24:Disease", "Chemical", SPENT);

    NetMentionChange change = MentionChanges.of(store.mentionEdits()).all().get(0);

    assertThat(change.kind()).isEqualTo(MentionEdit.Kind.CHANGED);
    assertThat(change.type()).isEqualTo("Disease");
    assertThat(change.resized()).isTrue();
    assertThat(change.retyped()).isTrue();
    assertThat(change.conceptIdsChanged()).isFalse();
    assertThat(change.original().id()).isEqualTo("T2");
  }

  @Test
  void editsThatEndWhereTheFileStartedAreNoChange() throws Exception {
    editing.remove(file, "alice", "T6", SPENT);
    editing.add(
        file, "alice", List.of(new Span(57, 63), new Span(76, 82)), "Disease", List.of(), SPENT);
    editing.add(file, "alice", List.of(new Span(28, 29)), "Chemical", List.of(), SPENT);
    editing.remove(file, "alice", "+28-29:Chemical", SPENT);

    assertThat(MentionChanges.of(store.mentionEdits()).all())
        .as("T6 is back as the file has it (concept ids aside)")
        .extracting(NetMentionChange::kind)
        .containsExactly(MentionEdit.Kind.CHANGED);
  }
}
