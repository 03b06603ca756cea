package org.relexcurator.io.pubtator;

/**
 * One line of a PubTator file, classified by its shape alone ({@link PubTatorLineParser}); whether
 * it fits the document around it is the reader's concern.
 */
sealed interface PubTatorLine {

  /** The blank line that ends a document's block. */
  record Blank() implements PubTatorLine {}

  /** {@code ID|t|title} ({@code kind} 't') or {@code ID|a|abstract} ({@code kind} 'a'). */
  record TextLine(String documentId, char kind, String text) implements PubTatorLine {}

  /**
   * {@code ID start end text type [ids [compositeTexts]]}; {@code ids} is empty where the line has
   * no concept-id column, {@code compositeTexts} is CDR's seventh column or {@code null}.
   */
  record MentionLine(
      String documentId,
      int start,
      int end,
      String text,
      String type,
      String ids,
      String compositeTexts)
      implements PubTatorLine {}

  /** {@code ID type arg1 arg2 [novel]}; {@code novel} is BioRED's fifth column or {@code null}. */
  record RelationLine(String documentId, String type, String arg1, String arg2, String novel)
      implements PubTatorLine {}

  /** A line that is none of the above; {@code documentId} is {@code null} when none shows. */
  record Malformed(String documentId, String reason, String expected, String found)
      implements PubTatorLine {}
}
