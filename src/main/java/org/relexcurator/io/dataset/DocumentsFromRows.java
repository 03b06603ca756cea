package org.relexcurator.io.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.MalformedMarkupException;
import org.relexcurator.model.MarkedText;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

/**
 * Turns dataset rows into documents: one per {@code doc_id}, in order of first appearance.
 *
 * <p>Each distinct unmarked sentence of a document becomes a passage of type {@code sentence}
 * holding that one sentence; passages follow each other with one space between them. Every marked
 * range is a mention, of the row's {@code type1} for E1 and {@code type2} for E2; rows that mark
 * the same span with the same type share the mention. Each row becomes one binary relation, typed
 * by its label, from the row's first E1 range to its first E2 range, with the row's line in the
 * infon {@code line}. A row that cannot be read that way is reported and left out.
 */
final class DocumentsFromRows {

  /** A row that passed every check, with its parsed markup. */
  private record CheckedRow(DatasetRow row, MarkedText markup) {}

  private record MentionKey(Span span, String type) {}

  private DocumentsFromRows() {}

  static List<Document> documents(List<DatasetRow> rows, String file, List<Problem> problems) {
    Map<String, List<CheckedRow>> rowsByDocument = new LinkedHashMap<>();
    for (DatasetRow row : rows) {
      CheckedRow checked = check(row, file, problems);
      if (checked != null) {
        rowsByDocument.computeIfAbsent(row.docId(), id -> new ArrayList<>()).add(checked);
      }
    }
    List<Document> documents = new ArrayList<>(rowsByDocument.size());
    rowsByDocument.forEach((id, documentRows) -> documents.add(document(id, documentRows)));
    return documents;
  }

  private static CheckedRow check(DatasetRow row, String file, List<Problem> problems) {
    List<String> missing = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> values = row.values();
    for (int c = 0; c < values.size(); c++) {
      if (values.get(c) == null) {
        missing.add(DatasetRow.COLUMNS.get(c));
      } else if (values.get(c).isBlank()) {
        empty.add(DatasetRow.COLUMNS.get(c));
      }
    }
    String documentId = row.docId() == null || row.docId().isBlank() ? null : row.docId();
    if (!missing.isEmpty() || !empty.isEmpty()) {
      String message =
          missing.isEmpty()
              ? "empty " + String.join(", ", empty)
              : "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing);
      problems.add(
          Problem.error(
              file,
              documentId,
              row.line(),
              null,
              message + "; row skipped",
              String.join(", ", DatasetRow.COLUMNS),
              null));
      return null;
    }
    MarkedText markup;
    try {
      markup = MarkedText.parse(row.text());
    } catch (MalformedMarkupException e) {
      problems.add(
          Problem.error(
              file,
              documentId,
              row.line(),
              null,
              "malformed markers: " + e.getMessage() + "; row skipped",
              null,
              row.text()));
      return null;
    }
    String fault =
        markup.first().isEmpty()
            ? "no [E1]…[/E1] in text"
            : markup.second().isEmpty() ? "no [E2]…[/E2] in text" : null;
    if (fault != null) {
      problems.add(
          Problem.error(
              file,
              documentId,
              row.line(),
              null,
              fault + "; row skipped",
              "[E1]entity1[/E1] and [E2]entity2[/E2]",
              row.text()));
      return null;
    }
    if (!matches(markup, markup.first(), row.entity1(), "entity1", "[E1]", row, file, problems)
        || !matches(
            markup, markup.second(), row.entity2(), "entity2", "[E2]", row, file, problems)) {
      return null;
    }
    return new CheckedRow(row, markup);
  }

  private static boolean matches(
      MarkedText markup,
      List<Span> ranges,
      String entity,
      String column,
      String marker,
      DatasetRow row,
      String file,
      List<Problem> problems) {
    for (String marked : markup.texts(ranges)) {
      if (!marked.equals(entity)) {
        problems.add(
            Problem.error(
                file,
                row.docId(),
                row.line(),
                null,
                column + " differs from the text marked " + marker + "; row skipped",
                entity,
                marked));
        return false;
      }
    }
    return true;
  }

  private static Document document(String id, List<CheckedRow> rows) {
    TextLayout layout = new TextLayout();
    Map<String, Span> sentenceSpans = new LinkedHashMap<>();
    List<Passage> passages = new ArrayList<>();
    Map<MentionKey, String> mentionTexts = new LinkedHashMap<>();
    List<MentionKey[]> rowArguments = new ArrayList<>(rows.size());
    for (CheckedRow checked : rows) {
      String plain = checked.markup().plainText();
      Span sentence = sentenceSpans.get(plain);
      if (sentence == null) {
        sentence = layout.place(sentenceSpans.isEmpty() ? 0 : layout.length() + 1, plain);
        sentenceSpans.put(plain, sentence);
        passages.add(new Passage("sentence", sentence, List.of(new Sentence(sentence)), null));
      }
      MentionKey first =
          addMentions(
              checked.markup(),
              checked.markup().first(),
              checked.row().type1(),
              sentence,
              mentionTexts);
      MentionKey second =
          addMentions(
              checked.markup(),
              checked.markup().second(),
              checked.row().type2(),
              sentence,
              mentionTexts);
      rowArguments.add(new MentionKey[] {first, second});
    }

    List<MentionKey> keys = new ArrayList<>(mentionTexts.keySet());
    keys.sort(Comparator.comparing(MentionKey::span).thenComparing(MentionKey::type));
    Map<MentionKey, String> idOf = new LinkedHashMap<>();
    List<Entity> entities = new ArrayList<>(keys.size());
    for (MentionKey key : keys) {
      String entityId = "T" + (entities.size() + 1);
      idOf.put(key, entityId);
      entities.add(
          new Entity(
              entityId, key.type(), List.of(key.span()), mentionTexts.get(key), List.of(), null));
    }

    List<Relation> relations = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      DatasetRow row = rows.get(r).row();
      MentionKey[] arguments = rowArguments.get(r);
      relations.add(
          new Relation(
              "R" + (r + 1),
              row.label(),
              List.of(
                  Argument.mention("entity1", idOf.get(arguments[0])),
                  Argument.mention("entity2", idOf.get(arguments[1]))),
              Infons.of("line", row.line())));
    }
    return new Document(id, layout.build(), passages, entities, relations, null);
  }

  /** Adds a mention per marked range and returns the first range's key. */
  private static MentionKey addMentions(
      MarkedText markup,
      List<Span> ranges,
      String type,
      Span sentence,
      Map<MentionKey, String> mentionTexts) {
    List<String> texts = markup.texts(ranges);
    MentionKey first = null;
    for (int i = 0; i < ranges.size(); i++) {
      MentionKey key = new MentionKey(ranges.get(i).shift(sentence.start()), type);
      mentionTexts.putIfAbsent(key, texts.get(i));
      if (first == null) {
        first = key;
      }
    }
    return first;
  }
}
