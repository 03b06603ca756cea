package org.relexcurator.curation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relexcurator.model.CuratedMentionId;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

/**
 * What a curator can do to a document's mentions: add, resize, retype, remove, and change concept
 * ids. Each edit is checked against the document as the curators have left it, then recorded in the
 * decision log as one decision, durable when the call returns; undo and redo go through the store
 * like those of label decisions ({@link CurationStore#undoable}).
 *
 * <p>Every method takes the document as its file has it (with sentences) and acts on its mentions
 * with the edits in force applied ({@link #edited}). A mention's id follows its spans and type: the
 * file's id when the file has a mention with those spans and that type, otherwise {@link
 * CuratedMentionId}. Spans are code points of the document text, several for a discontinuous
 * mention, in order and apart.
 */
public final class MentionEditing {

  private final CurationStore store;
  private final Clock clock;

  public MentionEditing(CurationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The document with the edits in force applied. */
  public EditedDocument edited(Document fileDocument) throws CurationStoreException {
    return MentionOverlay.of(store.mentionEdits()).apply(fileDocument);
  }

  /**
   * Adds a mention.
   *
   * @param conceptIds its concept ids, empty for none
   * @throws CurationStoreException if the spans or type are unusable, or the document already has a
   *     mention with these spans and this type
   */
  public Decision add(
      Document fileDocument,
      String curator,
      List<Span> spans,
      String type,
      List<String> conceptIds,
      Duration timeSpent)
      throws CurationStoreException {
    Document now = edited(fileDocument).document();
    Entity mention = mention(fileDocument, now, spans, type, conceptIds);
    requireFree(now, mention.id(), null);
    return record(MentionEdit.added(fileDocument.id(), mention), curator, timeSpent);
  }

  /** Gives a mention new spans; its type and concept ids stay. */
  public Decision resize(
      Document fileDocument, String curator, String mentionId, List<Span> spans, Duration timeSpent)
      throws CurationStoreException {
    Document now = edited(fileDocument).document();
    Entity before = existing(now, mentionId);
    return change(
        fileDocument,
        now,
        before,
        mention(fileDocument, now, spans, before.type(), before.conceptIds()),
        curator,
        timeSpent);
  }

  /** Gives a mention another type; its spans and concept ids stay. */
  public Decision retype(
      Document fileDocument, String curator, String mentionId, String type, Duration timeSpent)
      throws CurationStoreException {
    Document now = edited(fileDocument).document();
    Entity before = existing(now, mentionId);
    return change(
        fileDocument,
        now,
        before,
        mention(fileDocument, now, before.spans(), type, before.conceptIds()),
        curator,
        timeSpent);
  }

  /**
   * Gives a mention other concept ids (such as {@code MESH:D003409}); it keeps its id and pairs.
   */
  public Decision setConceptIds(
      Document fileDocument,
      String curator,
      String mentionId,
      List<String> conceptIds,
      Duration timeSpent)
      throws CurationStoreException {
    Document now = edited(fileDocument).document();
    Entity before = existing(now, mentionId);
    Entity after =
        new Entity(
            before.id(),
            before.type(),
            before.spans(),
            before.text(),
            conceptIds(conceptIds),
            null);
    return change(fileDocument, now, before, after, curator, timeSpent);
  }

  /** Removes a mention, the file's or a curator's. */
  public Decision remove(
      Document fileDocument, String curator, String mentionId, Duration timeSpent)
      throws CurationStoreException {
    Entity before = existing(edited(fileDocument).document(), mentionId);
    return record(MentionEdit.removed(fileDocument.id(), before), curator, timeSpent);
  }

  private Decision change(
      Document fileDocument,
      Document now,
      Entity before,
      Entity after,
      String curator,
      Duration timeSpent)
      throws CurationStoreException {
    if (MentionOverlay.sameMention(before, after)) {
      throw new CurationStoreException(
          "Mention " + before.id() + " of document " + fileDocument.id() + " is already so");
    }
    requireFree(now, after.id(), before.id());
    return record(MentionEdit.changed(fileDocument.id(), before, after), curator, timeSpent);
  }

  private Decision record(MentionEdit edit, String curator, Duration timeSpent)
      throws CurationStoreException {
    return store.record(DecisionDraft.mentionEdit(edit, curator, "", clock.instant(), timeSpent));
  }

  private static Entity existing(Document now, String mentionId) throws CurationStoreException {
    Optional<Entity> mention = now.entity(mentionId);
    if (mention.isEmpty()) {
      throw new CurationStoreException(
          "Document "
              + now.id()
              + " has no mention "
              + mentionId
              + " (was it removed or changed?)");
    }
    return mention.get();
  }

  private static void requireFree(Document now, String id, String replacing)
      throws CurationStoreException {
    if (!id.equals(replacing) && now.entity(id).isPresent()) {
      Entity there = now.entity(id).get();
      throw new CurationStoreException(
          "Document "
              + now.id()
              + " already has a "
              + there.type()
              + " mention at "
              + spansText(there.spans())
              + " ("
              + id
              + ")");
    }
  }

  private static Entity mention(
      Document fileDocument, Document now, List<Span> spans, String type, List<String> conceptIds)
      throws CurationStoreException {
    List<Span> checked = spans(now, spans);
    String checkedType = type(now, type);
    String text = checked.stream().map(s -> now.text().slice(s)).collect(Collectors.joining(" "));
    return new Entity(
        idFor(fileDocument, checked, checkedType),
        checkedType,
        checked,
        text,
        conceptIds(conceptIds),
        Infons.empty());
  }

  /** The file's id for a mention the file has, so that an edit back to it restores its pairs. */
  private static String idFor(Document fileDocument, List<Span> spans, String type) {
    for (Entity original : fileDocument.entities()) {
      if (original.spans().equals(spans) && original.type().equals(type)) {
        return original.id();
      }
    }
    return CuratedMentionId.of(spans, type);
  }

  private static List<Span> spans(Document now, List<Span> spans) throws CurationStoreException {
    if (spans.isEmpty()) {
      throw new CurationStoreException("A mention needs at least one span");
    }
    List<Span> checked = new ArrayList<>(spans);
    for (int i = 0; i < checked.size(); i++) {
      Span span = checked.get(i);
      if (span.length() == 0 || !now.text().isValid(span)) {
        throw new CurationStoreException(
            "Span "
                + span
                + " is empty or outside document "
                + now.id()
                + " ("
                + now.text().length()
                + " characters)");
      }
      if (i > 0 && checked.get(i - 1).end() >= span.start()) {
        throw new CurationStoreException(
            "The fragments of a discontinuous mention must be in order with text between them, not "
                + spansText(checked));
      }
    }
    return checked;
  }

  private static String type(Document now, String type) throws CurationStoreException {
    if (type == null
        || type.isBlank()
        || type.contains("|")
        || !type.strip().equals(type)
        || type.chars().anyMatch(Character::isWhitespace)) {
      throw new CurationStoreException(
          "'"
              + type
              + "' is no entity type (one word, such as Chemical), for document "
              + now.id());
    }
    return type;
  }

  private static List<String> conceptIds(List<String> conceptIds) throws CurationStoreException {
    List<String> kept = new ArrayList<>();
    for (String id : conceptIds) {
      String stripped = id.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (stripped.contains("\t") || stripped.contains("\n")) {
        throw new CurationStoreException("Concept id '" + stripped + "' holds a tab or line break");
      }
      kept.add(stripped);
    }
    return kept;
  }

  private static String spansText(List<Span> spans) {
    return spans.stream().map(Span::toString).collect(Collectors.joining(","));
  }
}
