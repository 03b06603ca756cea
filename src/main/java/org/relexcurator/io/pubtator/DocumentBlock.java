package org.relexcurator.io.pubtator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.pubtator.PubTatorLine.MentionLine;
import org.relexcurator.io.pubtator.PubTatorLine.RelationLine;
import org.relexcurator.io.pubtator.PubTatorLine.TextLine;

/**
 * The lines of one block of a PubTator file, from its title line to the blank line that ends it.
 * Mention offsets are not checked here: {@link DocumentBlocks} checks them once the text of every
 * block of the document is known, so the order of lines inside a block does not matter.
 */
final class DocumentBlock {

  /** A line's content and its 1-based number in the file. */
  record Numbered<T>(int line, T content) {}

  private final String documentId;
  private final int firstLine;
  private final ProblemLog log;
  private Numbered<TextLine> title;
  private Numbered<TextLine> abstractLine;
  private final List<Numbered<MentionLine>> mentions = new ArrayList<>();
  private final List<Numbered<RelationLine>> relations = new ArrayList<>();

  DocumentBlock(String documentId, int firstLine, ProblemLog log) {
    this.documentId = documentId;
    this.firstLine = firstLine;
    this.log = log;
  }

  String documentId() {
    return documentId;
  }

  int firstLine() {
    return firstLine;
  }

  void add(TextLine line, int number) {
    boolean isTitle = line.kind() == 't';
    Numbered<TextLine> earlier = isTitle ? title : abstractLine;
    if (earlier != null) {
      log.error(
          documentId,
          number,
          null,
          "second "
              + (isTitle ? "title" : "abstract")
              + " line; skipped (line "
              + earlier.line()
              + " is kept)",
          null,
          null);
    } else if (isTitle) {
      title = new Numbered<>(number, line);
    } else {
      abstractLine = new Numbered<>(number, line);
    }
  }

  void add(MentionLine line, int number) {
    mentions.add(new Numbered<>(number, line));
  }

  void add(RelationLine line, int number) {
    relations.add(new Numbered<>(number, line));
  }

  boolean hasTitle() {
    return title != null;
  }

  /** The line of the title; only for a block that {@link #hasTitle() has one}. */
  int titleLine() {
    return title.line();
  }

  String titleText() {
    return title.content().text();
  }

  Optional<String> abstractText() {
    return abstractLine == null ? Optional.empty() : Optional.of(abstractLine.content().text());
  }

  List<Numbered<MentionLine>> mentions() {
    return mentions;
  }

  List<Numbered<RelationLine>> relations() {
    return relations;
  }

  /** Whether both blocks have the same title and the same abstract (or none). */
  boolean hasTheTextOf(DocumentBlock other) {
    return hasTitle()
        && other.hasTitle()
        && titleText().equals(other.titleText())
        && Objects.equals(abstractText(), other.abstractText());
  }
}
