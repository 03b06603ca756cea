package org.relexcurator.io.pubtator;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.ConceptIds;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;

/**
 * Writes documents as PubTator: title and abstract lines, one line per mention, one per binary
 * relation, and a blank line after each document.
 *
 * <p>PubTator knows only a title and an abstract. A document read from elsewhere (a BioC full text)
 * is written with everything before its second passage as the title and the rest of its text as
 * the abstract; the character just before the second passage, a space wherever passages have a
 * gap, becomes the separating space, so every offset still addresses the same character. A
 * document with one passage, or whose second passage follows the first without a gap, is written
 * as one long title. Tabs and line breaks inside text become spaces, one for one.
 *
 * <p>What PubTator cannot say is approximated: a discontinuous mention is written as its extent
 * with the text there; a relation argument that names a mention (brat, TeamTat) is written as that
 * mention's first concept id, or its mention id when it has none; relations with other than two
 * arguments (brat events) are left out.
 */
public final class PubTatorWriter {

  private static final Pattern LINE_BREAKING = Pattern.compile("[\\t\\r\\n]");

  /** Characters a title line's document id cannot hold. */
  private static final Pattern UNWRITABLE_IN_ID = Pattern.compile("[|\\t\\r\\n]");

  /** Characters that may stand where the reader puts the space between title and abstract. */
  private static final Pattern SEPARATOR = Pattern.compile("[ \\t\\r\\n]");

  /**
   * Writes the documents to {@code target}, atomically.
   *
   * @throws IOException if a document id cannot be written as PubTator (empty, or containing
   *     {@code |}, a tab or a line break), before anything is written, or if writing fails
   */
  public void write(List<Document> documents, Path target) throws IOException {
    for (Document document : documents) {
      if (document.id().isEmpty() || UNWRITABLE_IN_ID.matcher(document.id()).find()) {
        throw new IOException("document id '" + document.id() + "' cannot be written as PubTator:"
            + " ids must be non-empty, without '|', tabs or line breaks");
      }
    }
    AtomicFiles.write(target, out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (Document document : documents) {
        writer.write(format(document));
      }
      writer.flush();
    });
  }

  private static String format(Document document) {
    StringBuilder out = new StringBuilder();
    String id = document.id();
    DocumentText text = document.text();
    int abstractStart = abstractStart(document);
    if (abstractStart < 0) {
      out.append(id).append("|t|").append(field(text.value())).append('\n');
    } else {
      out.append(id).append("|t|").append(field(text.slice(0, abstractStart - 1))).append('\n');
      out.append(id).append("|a|").append(field(text.slice(abstractStart, text.length())))
          .append('\n');
    }
    for (Entity entity : document.entities()) {
      Span extent = entity.extent();
      String mentionText = entity.isDiscontinuous() && text.isValid(extent)
          ? text.slice(extent)
          : entity.text();
      out.append(id).append('\t').append(extent.start()).append('\t').append(extent.end())
          .append('\t').append(field(mentionText))
          .append('\t').append(field(entity.type()))
          .append('\t').append(field(ConceptIds.join(entity.conceptIds())));
      entity.infons().text(PubTatorFormat.COMPOSITE_MENTIONS)
          .ifPresent(composite -> out.append('\t').append(field(composite)));
      out.append('\n');
    }
    for (Relation relation : document.relations()) {
      if (!relation.isBinary()) {
        continue;
      }
      out.append(id).append('\t').append(field(relation.type()))
          .append('\t').append(field(conceptOf(relation.first(), document)))
          .append('\t').append(field(conceptOf(relation.second(), document)));
      relation.infons().text(PubTatorFormat.NOVEL)
          .ifPresent(novel -> out.append('\t').append(field(novel)));
      out.append('\n');
    }
    return out.append('\n').toString();
  }

  /** Where the abstract starts, or -1 when the whole text goes on the title line. */
  private static int abstractStart(Document document) {
    if (document.passages().size() < 2) {
      return -1;
    }
    int start = document.passages().get(1).span().start();
    DocumentText text = document.text();
    boolean separable = start >= 1 && start <= text.length()
        && SEPARATOR.matcher(text.slice(start - 1, start)).matches();
    return separable ? start : -1;
  }

  private static String conceptOf(Argument argument, Document document) {
    if (argument.level() == Argument.Level.CONCEPT) {
      return argument.ref();
    }
    return document.entity(argument.ref())
        .filter(entity -> !entity.conceptIds().isEmpty())
        .map(entity -> entity.conceptIds().get(0))
        .orElse(argument.ref());
  }

  private static String field(String value) {
    return LINE_BREAKING.matcher(value).replaceAll(" ");
  }
}
