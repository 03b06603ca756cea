package org.relexcurator.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;

/**
 * The net effect of mention edits, judged from the edits alone (no file needed): each mention
 * followed from the file's version, or from nothing, to what it is now. Evaluation counts these per
 * type, and agreement compares two curators' sets.
 */
public final class MentionChanges {

  private final List<NetMentionChange> changes;

  private MentionChanges(List<NetMentionChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * @param mentionEdits edits in force, oldest first (all of them, or one curator's)
   */
  public static MentionChanges of(List<Decision> mentionEdits) {
    Map<String, Map<String, Entity[]>> byDocument = new LinkedHashMap<>();
    List<NetMentionChange> removed = new ArrayList<>();
    for (Decision decision : mentionEdits) {
      MentionEdit edit = decision.mentionEdit();
      Map<String, Entity[]> now =
          byDocument.computeIfAbsent(edit.documentId(), id -> new LinkedHashMap<>());
      // Each entry: the file's mention (null if added) and the mention now.
      Entity[] entry =
          edit.before() == null
              ? new Entity[] {madeAgain(removed, edit), null}
              : now.getOrDefault(edit.before().id(), new Entity[] {edit.before(), edit.before()});
      if (edit.before() != null) {
        now.remove(edit.before().id());
      }
      if (edit.after() != null) {
        now.put(edit.after().id(), new Entity[] {entry[0], edit.after()});
      } else if (entry[0] != null) {
        removed.add(new NetMentionChange(edit.documentId(), entry[0], null));
      }
    }
    List<NetMentionChange> changes = new ArrayList<>();
    byDocument.forEach(
        (document, now) ->
            now.values().stream()
                .filter(
                    entry -> entry[0] == null || !MentionOverlay.sameMention(entry[0], entry[1]))
                .forEach(entry -> changes.add(new NetMentionChange(document, entry[0], entry[1]))));
    changes.addAll(removed);
    return new MentionChanges(changes);
  }

  /**
   * A file mention removed earlier and now added again as it was is the file's mention, not a new
   * one: its removal is taken back and the file's version returned.
   */
  private static Entity madeAgain(List<NetMentionChange> removed, MentionEdit added) {
    for (NetMentionChange change : removed) {
      if (change.documentId().equals(added.documentId())
          && change.original().id().equals(added.after().id())) {
        removed.remove(change);
        return change.original();
      }
    }
    return null;
  }

  public List<NetMentionChange> all() {
    return changes;
  }

  /** The ids mentions a curator added have now, as {@code doc|id}. */
  public Set<String> addedMentionKeys() {
    return keys(MentionEdit.Kind.ADDED);
  }

  /** The ids mentions a curator changed have now, as {@code doc|id}. */
  public Set<String> changedMentionKeys() {
    return keys(MentionEdit.Kind.CHANGED);
  }

  private Set<String> keys(MentionEdit.Kind kind) {
    Set<String> keys = new HashSet<>();
    for (NetMentionChange change : changes) {
      if (change.kind() == kind) {
        keys.add(change.documentId() + "|" + change.current().id());
      }
    }
    return keys;
  }
}
