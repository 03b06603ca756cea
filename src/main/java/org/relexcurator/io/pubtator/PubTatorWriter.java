package org.relexcurator.io.pubtator;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.ConceptIds;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;

/**
 * Writes documents as PubTator: title and abstract lines, one line per mention, one per binary
 * relation, and a blank line after each document.
 *
 * <p>PubTator knows only a title and an abstract. A document of more passages (a BioC full text) is
 * written one passage per block, every block under the document's id, as full texts are written
 * elsewhere: the first block holds the title and the abstract, each later block one more passage as
 * its title, its mentions' offsets counted from the block's start. {@link TextBlocks} says where
 * the text is cut; the character at each cut, a space wherever passages have a gap, becomes the
 * separating space, so the reader puts every character back at its offset and keeps the passages
 * apart (sentences never run from one passage into the next). Passages that follow each other
 * without a gap share a block. Tabs and line breaks inside text become spaces, one for one.
 * Relations go into the first block.
 *
 * <p>What PubTator cannot say is reported as a warning, naming the document and the annotation: a
 * discontinuous mention is written as its extent with the text there; a relation between mentions
 * (brat, TeamTat) is written between their first concept ids, and left out where a mention has no
 * concept id; relations with other than two arguments (brat events) are left out.
 */
public final class PubTatorWriter {

  private static final Pattern LINE_BREAKING = Pattern.compile("[\\t\\r\\n]");

  /** Characters a title line's document id cannot hold. */
  private static final Pattern UNWRITABLE_IN_ID = Pattern.compile("[|\\t\\r\\n]");

  /**
   * Writes the documents to {@code target}, atomically.
   *
   * @return what PubTator could not hold, as warnings naming {@code target}
   * @throws IOException if a document id cannot be written as PubTator (empty, or containing {@code
   *     |}, a tab or a line break), before anything is written, or if writing fails
   */
  public List<Problem> write(List<Document> documents, Path target) throws IOException {
    for (Document document : documents) {
      if (document.id().isEmpty() || UNWRITABLE_IN_ID.matcher(document.id()).find()) {
        throw new IOException(
            "document id '"
                + document.id()
                + "' cannot be written as PubTator:"
                + " ids must be non-empty, without '|', tabs or line breaks");
      }
    }
    ProblemLog losses = new ProblemLog(target.toString());
    AtomicFiles.write(
        target,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          for (Document document : documents) {
            writer.write(format(document, losses));
          }
          writer.flush();
        });
    return losses.problems();
  }

  private static String format(Document document, ProblemLog losses) {
    String id = document.id();
    DocumentText text = document.text();
    List<Span> pieces = TextBlocks.pieces(document);
    // The first block holds the first two pieces, title and abstract; each later block one.
    List<Integer> blockStarts = new ArrayList<>();
    blockStarts.add(0);
    for (int i = 2; i < pieces.size(); i++) {
      blockStarts.add(pieces.get(i).start());
    }
    List<StringBuilder> blocks = new ArrayList<>();
    for (int i = 0; i < blockStarts.size(); i++) {
      Span title = pieces.get(i == 0 ? 0 : i + 1);
      StringBuilder block = new StringBuilder();
      block.append(id).append("|t|").append(field(text.slice(title))).append('\n');
      if (i == 0 && pieces.size() > 1) {
        block.append(id).append("|a|").append(field(text.slice(pieces.get(1)))).append('\n');
      }
      blocks.add(block);
    }
    for (Entity entity : document.entities()) {
      int block = blockOf(entity.extent().start(), blockStarts);
      appendMention(blocks.get(block), document, entity, blockStarts.get(block), losses);
    }
    for (Relation relation : document.relations()) {
      relationLine(document, relation, losses).ifPresent(blocks.get(0)::append);
    }
    StringBuilder out = new StringBuilder();
    blocks.forEach(block -> out.append(block).append('\n'));
    return out.toString();
  }

  /** The last block that starts at or before the offset. */
  private static int blockOf(int offset, List<Integer> blockStarts) {
    int block = 0;
    while (block + 1 < blockStarts.size() && blockStarts.get(block + 1) <= offset) {
      block++;
    }
    return block;
  }

  private static void appendMention(
      StringBuilder out, Document document, Entity entity, int blockStart, ProblemLog losses) {
    DocumentText text = document.text();
    Span extent = entity.extent();
    String mentionText = entity.text();
    if (entity.isDiscontinuous() && text.isValid(extent)) {
      mentionText = text.slice(extent);
      losses.warning(
          document.id(),
          0,
          entity.id(),
          "PubTator cannot hold a discontinuous mention; written as its extent " + extent,
          entity.text(),
          mentionText);
    }
    out.append(document.id())
        .append('\t')
        .append(extent.start() - blockStart)
        .append('\t')
        .append(extent.end() - blockStart)
        .append('\t')
        .append(field(mentionText))
        .append('\t')
        .append(field(entity.type()))
        .append('\t')
        .append(field(ConceptIds.join(entity.conceptIds())));
    entity
        .infons()
        .text(PubTatorFormat.COMPOSITE_MENTIONS)
        .ifPresent(composite -> out.append('\t').append(field(composite)));
    out.append('\n');
  }

  /** The relation's line, or empty (with a warning) when PubTator cannot hold it. */
  private static Optional<String> relationLine(
      Document document, Relation relation, ProblemLog losses) {
    if (!relation.isBinary()) {
      losses.warning(
          document.id(),
          0,
          relation.id(),
          "PubTator cannot hold a relation with "
              + relation.arguments().size()
              + " arguments; left out",
          "2 arguments",
          describe(relation));
      return Optional.empty();
    }
    List<String> concepts = new ArrayList<>(2);
    for (Argument argument : relation.arguments()) {
      Optional<String> concept = conceptOf(argument, document);
      if (concept.isEmpty()) {
        losses.warning(
            document.id(),
            0,
            relation.id(),
            "PubTator relations join concept ids, and mention "
                + argument.ref()
                + (document.entity(argument.ref()).isPresent()
                    ? " has none"
                    : " is not in the document")
                + "; relation left out",
            "a concept id on both mentions",
            describe(relation));
        return Optional.empty();
      }
      concepts.add(concept.get());
    }
    StringBuilder line =
        new StringBuilder(document.id())
            .append('\t')
            .append(field(relation.type()))
            .append('\t')
            .append(field(concepts.get(0)))
            .append('\t')
            .append(field(concepts.get(1)));
    relation
        .infons()
        .text(PubTatorFormat.NOVEL)
        .ifPresent(novel -> line.append('\t').append(field(novel)));
    return Optional.of(line.append('\n').toString());
  }

  /** A concept argument's id, or the first real concept id of the mention an argument names. */
  private static Optional<String> conceptOf(Argument argument, Document document) {
    if (argument.level() == Argument.Level.CONCEPT) {
      return Optional.of(argument.ref());
    }
    return document
        .entity(argument.ref())
        .flatMap(
            entity ->
                entity.conceptIds().stream()
                    .map(String::strip)
                    .filter(id -> !id.isEmpty() && !id.equals("-") && !id.equals("-1"))
                    .findFirst());
  }

  /** The relation as brat would write it, {@code has T39 T41}, for a person to find it. */
  private static String describe(Relation relation) {
    return relation.type()
        + " "
        + relation.arguments().stream().map(Argument::ref).collect(Collectors.joining(" "));
  }

  private static String field(String value) {
    return LINE_BREAKING.matcher(value).replaceAll(" ");
  }
}
