package org.relexcurator.curation;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a mention what it is, for a mention a curator added or changed: exports write it as the
 * mention's provenance.
 *
 * @param kind whether the curator added the mention or changed one of the file's
 * @param curator who made the latest edit of it
 * @param time when
 * @param sequence that edit's place in the decision log
 */
public record MentionOrigin(Kind kind, String curator, Instant time, long sequence) {

  /** How the mention came to be as it is. */
  public enum Kind {
    /** The file lacked it; a curator added it. */
    ADDED,
    /** The file had it otherwise; a curator changed it. */
    CHANGED
  }

  public MentionOrigin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(time, "time");
  }

  /** {@code added} or {@code changed}, as exports write it. */
  public String kindName() {
    return kind == Kind.ADDED ? "added" : "changed";
  }
}
