package org.relexcurator.model;

import java.util.Objects;

/**
 * A curator's change to one entity mention of a document, as the decision log keeps it: the mention
 * before the change (null when the curator added it) and after it (null when the curator removed
 * it). A change may move or resize the spans, change the type or the concept ids, or several at
 * once; the mention's id follows its spans and type ({@link CuratedMentionId}).
 *
 * <p>The log keeps a mention's id, type, spans, text and concept ids; infons belong to the file and
 * are left out, so a mention read back from the log equals the one recorded.
 */
public record MentionEdit(String documentId, Entity before, Entity after) {

  /** What an edit does to its mention. */
  public enum Kind {
    ADDED,
    CHANGED,
    REMOVED
  }

  public MentionEdit {
    Objects.requireNonNull(documentId, "documentId");
    if (documentId.isBlank()) {
      throw new IllegalArgumentException("documentId is blank");
    }
    if (before == null && after == null) {
      throw new IllegalArgumentException("a mention edit needs a mention before or after it");
    }
    before = withoutInfons(before);
    after = withoutInfons(after);
    if (before != null && before.equals(after)) {
      throw new IllegalArgumentException("mention " + before.id() + " is left as it was");
    }
    requireUsableId(before);
    requireUsableId(after);
  }

  public static MentionEdit added(String documentId, Entity mention) {
    return new MentionEdit(documentId, null, mention);
  }

  public static MentionEdit changed(String documentId, Entity before, Entity after) {
    return new MentionEdit(
        documentId,
        Objects.requireNonNull(before, "before"),
        Objects.requireNonNull(after, "after"));
  }

  public static MentionEdit removed(String documentId, Entity mention) {
    return new MentionEdit(documentId, mention, null);
  }

  public Kind kind() {
    if (before == null) {
      return Kind.ADDED;
    }
    return after == null ? Kind.REMOVED : Kind.CHANGED;
  }

  /** The decision action that records this edit. */
  public DecisionAction action() {
    return switch (kind()) {
      case ADDED -> DecisionAction.MENTION_ADDED;
      case CHANGED -> DecisionAction.MENTION_CHANGED;
      case REMOVED -> DecisionAction.MENTION_REMOVED;
    };
  }

  /** The id of the mention acted on: the one it had before, or the new one's. */
  public String mentionId() {
    return before != null ? before.id() : after.id();
  }

  /**
   * The key a decision about this edit is filed under, in place of a pair key: document and the
   * mention acted on, {@code doc|T3}. It has one separator where a pair key has two.
   */
  public String key() {
    return documentId + "|" + mentionId();
  }

  /** Whether a change moved or resized the mention. */
  public boolean resized() {
    return kind() == Kind.CHANGED && !before.spans().equals(after.spans());
  }

  /** Whether a change gave the mention another type. */
  public boolean retyped() {
    return kind() == Kind.CHANGED && !before.type().equals(after.type());
  }

  /** Whether a change gave the mention other concept ids. */
  public boolean conceptIdsChanged() {
    return kind() == Kind.CHANGED && !before.conceptIds().equals(after.conceptIds());
  }

  private static Entity withoutInfons(Entity mention) {
    return mention == null || mention.infons().values().isEmpty()
        ? mention
        : mention.withInfons(Infons.empty());
  }

  private static void requireUsableId(Entity mention) {
    if (mention != null && (mention.id().isBlank() || mention.id().contains("|"))) {
      throw new IllegalArgumentException(
          "mention id '" + mention.id() + "' cannot name a mention in a pair key");
    }
  }
}
