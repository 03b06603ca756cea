package org.relexcurator.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

class MentionEditingTest {

  private static final Duration SPENT = Duration.ofSeconds(3);

  private final Document file = EditingDocument.document();
  private final CurationStore store = new InMemoryCurationStore();
  private final MentionEditing editing =
      new MentionEditing(store, Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC));

  private Document now() throws CurationStoreException {
    return editing.edited(file).document();
  }

  private Entity mention(String id) throws CurationStoreException {
    return now().entity(id).orElseThrow();
  }

  @Test
  void aMentionAddedOverACharacterOutsideTheBmpSlicesItsTextByCodePoints() throws Exception {
    Decision added =
        editing.add(file, "alice", List.of(new Span(28, 38)), "Species", List.of(), SPENT);

    assertThat(added.action()).isEqualTo(DecisionAction.MENTION_ADDED);
    assertThat(added.pairKey()).isEqualTo("d1|+28-38:Species");
    assertThat(added.timeSpent()).isEqualTo(SPENT);
    Entity made = mention("+28-38:Species");
    assertThat(made.text()).isEqualTo("𝔸 patients");
    assertThat(file.text().slice(made.extent())).isEqualTo(made.text());
    EditedDocument edited = editing.edited(file);
    assertThat(edited.origin("+28-38:Species"))
        .hasValueSatisfying(
            origin -> {
              assertThat(origin.kind()).isEqualTo(MentionOrigin.Kind.ADDED);
              assertThat(origin.curator()).isEqualTo("alice");
            });
    assertThat(edited.document().entities()).hasSize(8);
    assertThat(store.current()).as("an edit is no pair's decision").isEmpty();
  }

  @Test
  void mentionsNestedInAndCrossingOthersMayBeAdded() throws Exception {
    editing.add(file, "alice", List.of(new Span(2, 17)), "Chemical", List.of(), SPENT);
    editing.add(file, "alice", List.of(new Span(10, 27)), "Disease", List.of(), SPENT);

    assertThat(mention("+2-17:Chemical").text()).isEqualTo("Aspirin-induced");
    assertThat(mention("+10-27:Disease").text()).isEqualTo("induced asthma in");
    assertThat(mention("+10-27:Disease").extent().crosses(mention("T3").extent())).isTrue();
  }

  @Test
  void aDiscontinuousMentionIsAddedWithItsFragmentsJoinedByASpace() throws Exception {
    editing.add(
        file,
        "alice",
        List.of(new Span(40, 49), new Span(57, 63)),
        "Chemical",
        List.of("MESH:D1"),
        SPENT);

    Entity made = mention("+40-49,57-63:Chemical");
    assertThat(made.text()).isEqualTo("Tamoxifen breast");
    assertThat(made.isDiscontinuous()).isTrue();
    assertThat(made.conceptIds()).containsExactly("MESH:D1");
  }

  @Test
  void resizingAFileMentionRenamesItAfterItsSpansKeepsItsPlaceAndInfonsAndMakesTheOldIdGone()
      throws Exception {
    Decision resized = editing.resize(file, "alice", "T2", List.of(new Span(10, 24)), SPENT);

    assertThat(resized.action()).isEqualTo(DecisionAction.MENTION_CHANGED);
    assertThat(resized.mentionEdit().resized()).isTrue();
    assertThat(resized.mentionEdit().retyped()).isFalse();
    EditedDocument edited = editing.edited(file);
    assertThat(edited.document().entities())
        .extracting(Entity::id)
        .containsExactly("T1", "+10-24:Disease", "T3", "T4", "T5", "T6", "T7");
    Entity changed = edited.document().entity("+10-24:Disease").orElseThrow();
    assertThat(changed.text()).isEqualTo("induced asthma");
    assertThat(changed.conceptIds()).containsExactly("D001249");
    assertThat(changed.infons()).isEqualTo(Infons.of("source", "file"));
    assertThat(edited.goneIds()).containsExactly("T2");
    assertThat(edited.origin("+10-24:Disease").orElseThrow().kind())
        .isEqualTo(MentionOrigin.Kind.CHANGED);
    MentionOverlay overlay = MentionOverlay.of(store.mentionEdits());
    assertThat(overlay.isGone("d1", "T2")).isTrue();
    assertThat(overlay.isGone("d1", "T1")).isFalse();
  }

  @Test
  void resizingAMentionBackToTheFilesSpansGivesItBackTheFilesIdAndNoProvenance() throws Exception {
    editing.resize(file, "alice", "T2", List.of(new Span(10, 24)), SPENT);
    editing.resize(file, "bob", "+10-24:Disease", List.of(new Span(18, 24)), SPENT);

    EditedDocument edited = editing.edited(file);
    assertThat(edited.document().entities()).isEqualTo(file.entities());
    assertThat(edited.origins()).isEmpty();
    assertThat(edited.goneIds()).isEmpty();
    assertThat(MentionOverlay.of(store.mentionEdits()).isGone("d1", "T2")).isFalse();
  }

  @Test
  void retypingGivesANewIdWhileChangingConceptIdsKeepsTheMentionsId() throws Exception {
    Decision retyped = editing.retype(file, "alice", "T5", "Gene", SPENT);
    Decision ids = editing.setConceptIds(file, "alice", "T7", List.of(" MESH:D010051 ", ""), SPENT);

    assertThat(retyped.mentionEdit().retyped()).isTrue();
    assertThat(mention("+40-49:Gene").type()).isEqualTo("Gene");
    assertThat(ids.mentionEdit().conceptIdsChanged()).isTrue();
    assertThat(ids.mentionEdit().resized()).isFalse();
    assertThat(mention("T7").conceptIds()).containsExactly("MESH:D010051");
    EditedDocument edited = editing.edited(file);
    assertThat(edited.goneIds()).containsExactly("T5");
    assertThat(edited.origin("T7").orElseThrow().kind()).isEqualTo(MentionOrigin.Kind.CHANGED);
  }

  @Test
  void removingADiscontinuousMentionLeavesItsOverlappingNeighbourAndMakingItAgainRestoresItsId()
      throws Exception {
    Decision removed = editing.remove(file, "alice", "T6", SPENT);

    assertThat(removed.action()).isEqualTo(DecisionAction.MENTION_REMOVED);
    assertThat(now().entity("T6")).isEmpty();
    assertThat(mention("T7")).isEqualTo(file.entity("T7").orElseThrow());

    editing.add(
        file, "bob", List.of(new Span(57, 63), new Span(76, 82)), "Disease", List.of(), SPENT);
    assertThat(now().entity("T6")).isPresent();
    assertThat(editing.edited(file).goneIds()).isEmpty();
  }

  @Test
  void editsThatCannotBeMadeAreRefusedWithAReasonAndLeaveNoEntry() throws Exception {
    assertThatThrownBy(
            () -> editing.add(file, "a", List.of(new Span(2, 9)), "Chemical", List.of(), SPENT))
        .hasMessage("Document d1 already has a Chemical mention at 2-9 (T1)");
    assertThatThrownBy(
            () -> editing.add(file, "a", List.of(new Span(80, 90)), "Chemical", List.of(), SPENT))
        .hasMessage("Span 80-90 is empty or outside document d1 (83 characters)");
    assertThatThrownBy(
            () ->
                editing.add(
                    file,
                    "a",
                    List.of(new Span(57, 63), new Span(40, 49)),
                    "Chemical",
                    List.of(),
                    SPENT))
        .hasMessageContaining("must be in order with text between them, not 57-63,40-49");
    assertThatThrownBy(
            () ->
                editing.add(file, "a", List.of(new Span(2, 9)), "Small molecule", List.of(), SPENT))
        .hasMessageContaining("'Small molecule' is no entity type");
    assertThatThrownBy(() -> editing.remove(file, "a", "T99", SPENT))
        .hasMessage("Document d1 has no mention T99 (was it removed or changed?)");
    assertThatThrownBy(() -> editing.retype(file, "a", "T1", "Chemical", SPENT))
        .hasMessage("Mention T1 of document d1 is already so");
    assertThat(store.log()).isEmpty();
  }

  @Test
  void undoAndRedoTakeLabelDecisionsAndMentionEditsBackInTheOrderTheyWereMade() throws Exception {
    Instant time = Instant.parse("2026-12-08T00:00:00Z");
    Decision label =
        store.record(
            DecisionDraft.labelled(
                "d1|T1|T2", "alice", "none", "none", 0.9, null, "", time, SPENT));
    Decision added =
        editing.add(file, "alice", List.of(new Span(28, 38)), "Species", List.of(), SPENT);
    Decision later =
        store.record(
            DecisionDraft.labelled(
                "d1|+28-38:Species|T1", "alice", "none", null, null, null, "", time, SPENT));

    assertThat(store.undoable("alice")).contains(later);
    store.record(DecisionDraft.undo(later, time));
    assertThat(store.undoable("alice")).contains(added);
    store.record(DecisionDraft.undo(added, time));
    assertThat(now().entity("+28-38:Species")).isEmpty();
    assertThat(store.undoable("alice")).contains(label);
    assertThat(store.current()).containsOnlyKeys("d1|T1|T2");

    store.record(DecisionDraft.redo(store.redoable("alice").orElseThrow(), time));
    assertThat(now().entity("+28-38:Species")).isPresent();
    assertThat(store.mentionEdits()).containsExactly(added);
  }

  @Test
  void anEditWhoseMentionAnotherCuratorUndidIsReportedAsUnapplied() throws Exception {
    Decision added =
        editing.add(file, "alice", List.of(new Span(28, 38)), "Species", List.of(), SPENT);
    Decision changed =
        editing.setConceptIds(file, "bob", "+28-38:Species", List.of("NCBITaxon:9606"), SPENT);
    store.record(DecisionDraft.undo(added, Instant.parse("2026-12-08T02:00:00Z")));

    EditedDocument edited = editing.edited(file);
    assertThat(edited.document().entity("+28-38:Species")).isEmpty();
    assertThat(edited.unapplied()).containsExactly(changed);
  }

  @Test
  void aMentionEditCannotBeFiledUnderAnotherKeyNorCarryALabel() {
    MentionEdit edit =
        MentionEdit.removed("d1", EditingDocument.document().entity("T1").orElseThrow());
    Instant time = Instant.parse("2026-12-08T00:00:00Z");

    assertThatThrownBy(
            () ->
                new DecisionDraft(
                    "d1|T2",
                    "a",
                    DecisionAction.MENTION_REMOVED,
                    null,
                    null,
                    null,
                    null,
                    "",
                    time,
                    SPENT,
                    null,
                    edit))
        .hasMessageContaining("is filed under d1|T1, not d1|T2");
    assertThatThrownBy(
            () ->
                new DecisionDraft(
                    "d1|T1",
                    "a",
                    DecisionAction.MENTION_ADDED,
                    null,
                    null,
                    null,
                    null,
                    "",
                    time,
                    SPENT,
                    null,
                    edit))
        .hasMessageContaining("a mention edit of kind REMOVED is no MENTION_ADDED");
    assertThatThrownBy(
            () ->
                new DecisionDraft(
                    "d1|T1",
                    "a",
                    DecisionAction.MENTION_REMOVED,
                    null,
                    null,
                    null,
                    null,
                    "",
                    time,
                    SPENT,
                    null,
                    null))
        .hasMessageContaining("MENTION_REMOVED needs its mention edit");
    assertThatThrownBy(() -> MentionEdit.changed("d1", edit.before(), edit.before()))
        .hasMessageContaining("mention T1 is left as it was");
  }
}
