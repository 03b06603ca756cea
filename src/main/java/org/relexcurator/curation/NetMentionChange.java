package org.relexcurator.curation;

import java.util.Objects;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;

/**
 * What a document's mention ends up as after all the edits of it, whatever the steps: a mention
 * added then resized is one added mention; a file mention resized and resized back is no change.
 *
 * @param documentId its document
 * @param original the file's mention; null for a mention the file lacked
 * @param current the mention now; null for a removed one
 */
public record NetMentionChange(String documentId, Entity original, Entity current) {

  public NetMentionChange {
    Objects.requireNonNull(documentId, "documentId");
    if (original == null && current == null) {
      throw new IllegalArgumentException("a change needs a mention before or after it");
    }
  }

  public MentionEdit.Kind kind() {
    if (original == null) {
      return MentionEdit.Kind.ADDED;
    }
    return current == null ? MentionEdit.Kind.REMOVED : MentionEdit.Kind.CHANGED;
  }

  /** The type it is counted under: the file's type, or the added mention's. */
  public String type() {
    return original != null ? original.type() : current.type();
  }

  public boolean resized() {
    return kind() == MentionEdit.Kind.CHANGED && !original.spans().equals(current.spans());
  }

  public boolean retyped() {
    return kind() == MentionEdit.Kind.CHANGED && !original.type().equals(current.type());
  }

  public boolean conceptIdsChanged() {
    return kind() == MentionEdit.Kind.CHANGED
        && !original.conceptIds().equals(current.conceptIds());
  }
}
