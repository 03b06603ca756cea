package org.relexcurator.ui.queue;

/** A run of a sentence snippet shown in one style: plain, in E1, in E2, or in both. */
public record SnippetPart(String text, Role role) {

  /** Which mention a run belongs to. */
  public enum Role {
    TEXT,
    E1,
    E2,
    BOTH
  }
}
