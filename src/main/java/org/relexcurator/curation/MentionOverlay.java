package org.relexcurator.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;

/**
 * The curators' mention edits in force ({@link CurationStore#mentionEdits()}) laid over the
 * documents as their files have them. The files are never changed: a document's corrected mentions
 * are its file's mentions with the edits replayed in log order.
 *
 * <p>Replaying acts on mention ids: an added mention joins the document at its end, a changed one
 * takes the place of the mention it replaces and keeps that mention's file infons (BioC and brat
 * details a writer needs), a removed one leaves. An edit whose mention is missing, or whose new id
 * is taken, is not applied and is reported ({@link EditedDocument#unapplied()}); this happens only
 * when curators' edits of one mention interleave and one of them is undone.
 */
public final class MentionOverlay {

  private final Map<String, List<Decision>> byDocument;

  private MentionOverlay(Map<String, List<Decision>> byDocument) {
    this.byDocument = byDocument;
  }

  /**
   * @param mentionEdits the edits in force, oldest first
   */
  public static MentionOverlay of(List<Decision> mentionEdits) {
    Map<String, List<Decision>> byDocument = new LinkedHashMap<>();
    for (Decision decision : mentionEdits) {
      MentionEdit edit = decision.mentionEdit();
      if (edit == null) {
        throw new IllegalArgumentException("decision " + decision.sequence() + " edits no mention");
      }
      byDocument.computeIfAbsent(edit.documentId(), id -> new ArrayList<>()).add(decision);
    }
    return new MentionOverlay(byDocument);
  }

  /** An overlay of no edits. */
  public static MentionOverlay none() {
    return new MentionOverlay(Map.of());
  }

  /** {@code document} with its edits in force applied. */
  public EditedDocument apply(Document document) {
    Map<String, Entity> mentions = new LinkedHashMap<>();
    document.entities().forEach(e -> mentions.putIfAbsent(e.id(), e));
    Set<String> fileIds = Set.copyOf(mentions.keySet());
    Map<String, MentionOrigin> origins = new HashMap<>();
    List<Decision> unapplied = new ArrayList<>();
    for (Decision decision : byDocument.getOrDefault(document.id(), List.of())) {
      MentionEdit edit = decision.mentionEdit();
      boolean applied =
          switch (edit.kind()) {
            case ADDED -> add(mentions, edit.after());
            case CHANGED -> change(mentions, edit.before().id(), edit.after());
            case REMOVED -> mentions.remove(edit.before().id()) != null;
          };
      if (!applied) {
        unapplied.add(decision);
        continue;
      }
      MentionOrigin.Kind previous =
          edit.kind() == MentionEdit.Kind.ADDED
              ? MentionOrigin.Kind.ADDED
              : originKind(origins.remove(edit.before().id()), edit.before().id(), fileIds);
      if (edit.after() != null) {
        origins.put(
            edit.after().id(),
            new MentionOrigin(previous, decision.curator(), decision.time(), decision.sequence()));
      }
    }
    Set<String> gone = new HashSet<>(fileIds);
    gone.removeAll(mentions.keySet());
    origins.keySet().retainAll(mentions.keySet());
    // A file mention edited back to what the file says has no curator's provenance.
    for (Entity original : document.entities()) {
      Entity now = mentions.get(original.id());
      if (now != null && sameMention(now, original)) {
        origins.remove(original.id());
      }
    }
    return new EditedDocument(
        document.withEntities(new ArrayList<>(mentions.values())), origins, gone, unapplied);
  }

  /**
   * Whether {@code mentionId} of a document no longer names a mention, judged from the edits alone
   * (without the file): removed, or changed into a mention with another id, and not made again
   * since. A pair naming such a mention is obsolete. This is what an export from the project alone
   * (JSONL, CSV) and the evaluation go by.
   */
  public boolean isGone(String documentId, String mentionId) {
    boolean gone = false;
    for (Decision decision : byDocument.getOrDefault(documentId, List.of())) {
      MentionEdit edit = decision.mentionEdit();
      if (edit.before() != null && edit.before().id().equals(mentionId)) {
        gone = true;
      }
      if (edit.after() != null && edit.after().id().equals(mentionId)) {
        gone = false;
      }
    }
    return gone;
  }

  static boolean sameMention(Entity a, Entity b) {
    return a.id().equals(b.id())
        && a.type().equals(b.type())
        && a.spans().equals(b.spans())
        && a.conceptIds().equals(b.conceptIds());
  }

  /** A mention a curator changed is still one a curator added if it started that way. */
  private static MentionOrigin.Kind originKind(
      MentionOrigin earlier, String beforeId, Set<String> fileIds) {
    if (earlier != null) {
      return earlier.kind();
    }
    return fileIds.contains(beforeId) ? MentionOrigin.Kind.CHANGED : MentionOrigin.Kind.ADDED;
  }

  private static boolean add(Map<String, Entity> mentions, Entity mention) {
    return mentions.putIfAbsent(mention.id(), mention) == null;
  }

  private static boolean change(Map<String, Entity> mentions, String beforeId, Entity after) {
    Entity replaced = mentions.get(beforeId);
    if (replaced == null || (!after.id().equals(beforeId) && mentions.containsKey(after.id()))) {
      return false;
    }
    Entity changed = after.withInfons(replaced.infons());
    // Rebuilt in order, so that the changed mention stands where the one it replaces stood.
    Map<String, Entity> rebuilt = new LinkedHashMap<>();
    mentions.forEach(
        (id, mention) ->
            rebuilt.put(
                id.equals(beforeId) ? after.id() : id, id.equals(beforeId) ? changed : mention));
    mentions.clear();
    mentions.putAll(rebuilt);
    return true;
  }
}
