package org.relexcurator.io.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MarkedText;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;

/**
 * Turns the binary gold relations of documents into dataset rows, one per relation, with markers
 * around its two mentions only (whatever other occurrences of their strings the sentence has).
 *
 * <p>A mention-level argument names its mention. A concept-level argument (BioRED) may match many
 * mentions: the row takes the first E1 and E2 mentions, in document order, that share a sentence,
 * or the first of each if none do. The sentence is the one holding both mentions; a passage without
 * sentences counts as one; mentions in different sentences give the text from the start of the
 * first one's sentence to the end of the last one's. Types are written as the corpus gives them.
 * Relations with more than two arguments, or naming no mention, have no row.
 */
final class RowsFromRelations {

  private RowsFromRelations() {}

  static List<DatasetRow> rows(List<Document> documents) {
    List<DatasetRow> rows = new ArrayList<>();
    for (Document document : documents) {
      for (Relation relation : document.relations()) {
        if (relation.isBinary()) {
          DatasetRow row = row(document, relation);
          if (row != null) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  private static DatasetRow row(Document document, Relation relation) {
    List<Entity> firsts = mentions(document, relation.first());
    List<Entity> seconds = mentions(document, relation.second());
    Entity first = null;
    Entity second = null;
    for (Entity a : firsts) {
      for (Entity b : seconds) {
        if (a != b && first == null) {
          first = a;
          second = b;
        }
        if (a != b
            && document.enclosingUnit(a.extent()).equals(document.enclosingUnit(b.extent()))) {
          return row(document, relation, a, b);
        }
      }
    }
    return first == null ? null : row(document, relation, first, second);
  }

  private static DatasetRow row(Document document, Relation relation, Entity first, Entity second) {
    Span firstUnit = document.enclosingUnit(first.extent());
    Span secondUnit = document.enclosingUnit(second.extent());
    Span sentence =
        new Span(
            Math.min(firstUnit.start(), secondUnit.start()),
            Math.max(firstUnit.end(), secondUnit.end()));
    String text =
        MarkedText.of(
                document.text().slice(sentence),
                first.extent().shift(-sentence.start()),
                second.extent().shift(-sentence.start()))
            .render();
    return new DatasetRow(
        document.id(),
        text,
        relation.type(),
        document.text().slice(first.extent()),
        first.type(),
        document.text().slice(second.extent()),
        second.type(),
        0);
  }

  /** Mentions an argument names, in document order, leaving out any the text cannot show. */
  private static List<Entity> mentions(Document document, Argument argument) {
    List<Entity> mentions = new ArrayList<>();
    for (Entity entity : document.entities()) {
      boolean named =
          argument.level() == Argument.Level.MENTION
              ? entity.id().equals(argument.ref())
              : entity.conceptIds().contains(argument.ref());
      if (named && entity.extent().length() > 0 && document.text().isValid(entity.extent())) {
        mentions.add(entity);
      }
    }
    mentions.sort(Comparator.comparing(Entity::extent));
    return mentions;
  }
}
