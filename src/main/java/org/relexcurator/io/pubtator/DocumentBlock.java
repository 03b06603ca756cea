package org.relexcurator.io.pubtator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relexcurator.io.ConceptIds;
import org.relexcurator.io.MentionCheck;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.pubtator.PubTatorLine.MentionLine;
import org.relexcurator.io.pubtator.PubTatorLine.RelationLine;
import org.relexcurator.io.pubtator.PubTatorLine.TextLine;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

/**
 * The lines of one document, collected until its block ends and then turned into a {@link
 * Document}. Mentions are checked only then, against the whole text, so the order of lines
 * inside a block does not matter.
 */
final class DocumentBlock {

  private record Numbered<T>(int line, T content) {}

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
      log.error(documentId, number, null,
          "second " + (isTitle ? "title" : "abstract") + " line; skipped (line " + earlier.line()
              + " is kept)",
          null, null);
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

  /** The document, or empty (with an error logged) when the block has no title. */
  Optional<Document> build() {
    if (title == null) {
      log.error(documentId, firstLine, null, "no title line; the document is skipped",
          documentId + "|t|title", null);
      return Optional.empty();
    }
    TextLayout layout = new TextLayout();
    List<Passage> passages = new ArrayList<>(2);
    Span titleSpan = layout.place(0, title.content().text());
    passages.add(new Passage("title", titleSpan));
    if (abstractLine != null) {
      passages.add(new Passage("abstract",
          layout.place(titleSpan.end() + 1, abstractLine.content().text())));
    } else if (mentions.stream().anyMatch(m -> m.content().end() > titleSpan.end())) {
      log.warning(documentId, title.line(), null,
          "no abstract line, yet mentions reach past the title", documentId + "|a|abstract",
          null);
    }
    DocumentText text = layout.build();
    Set<String> concepts = new HashSet<>();
    List<Entity> entities = entities(text, concepts);
    return Optional.of(
        new Document(documentId, text, passages, entities, relations(concepts), Infons.empty()));
  }

  /**
   * The mentions that fit the text; {@code concepts} receives their concept ids, each one and each
   * id field as written, since BioRED relations may name a composite concept ({@code
   * D017180|D014693}) whole.
   */
  private List<Entity> entities(DocumentText text, Set<String> concepts) {
    List<Entity> entities = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      String id = "T" + i;
      int number = mentions.get(i).line();
      MentionLine mention = mentions.get(i).content();
      Span given = new Span(mention.start(), mention.end());
      List<Span> spans;
      MentionCheck.Outcome outcome = MentionCheck.check(text, List.of(given), mention.text());
      if (outcome instanceof MentionCheck.Exact exact) {
        spans = exact.spans();
      } else if (outcome instanceof MentionCheck.Moved moved) {
        spans = moved.spans();
        log.warning(documentId, number, id,
            "offsets " + given + " moved by " + signed(moved.delta()) + " to " + spans.get(0)
                + ", where the mention's text is",
            mention.text(), moved.textAtGivenOffsets());
      } else {
        String found = ((MentionCheck.Mismatch) outcome).textAtGivenOffsets();
        log.error(documentId, number, id,
            found == null
                ? "offsets " + given + " lie outside the document text (" + text.length()
                    + " characters); mention dropped"
                : "mention text not at offsets " + given + " nor within "
                    + MentionCheck.SEARCH_WINDOW + " characters; mention dropped",
            mention.text(), found);
        continue;
      }
      Infons infons = mention.compositeTexts() == null
          ? Infons.empty()
          : Infons.of(PubTatorFormat.COMPOSITE_MENTIONS, mention.compositeTexts());
      List<String> conceptIds = ConceptIds.split(mention.ids());
      concepts.addAll(conceptIds);
      concepts.add(mention.ids().strip());
      entities.add(new Entity(id, mention.type(), spans, mention.text(), conceptIds, infons));
    }
    return entities;
  }

  private static String signed(int delta) {
    return delta > 0 ? "+" + delta : Integer.toString(delta);
  }

  private List<Relation> relations(Set<String> concepts) {
    List<Relation> result = new ArrayList<>(relations.size());
    for (int i = 0; i < relations.size(); i++) {
      String id = "R" + i;
      RelationLine relation = relations.get(i).content();
      for (String concept : List.of(relation.arg1(), relation.arg2())) {
        if (!concepts.contains(concept)) {
          log.warning(documentId, relations.get(i).line(), id,
              "relation refers to a concept no mention of the document has; kept",
              "a concept id of a mention", concept);
        }
      }
      Infons infons = relation.novel() == null
          ? Infons.empty()
          : Infons.of(PubTatorFormat.NOVEL, relation.novel());
      result.add(new Relation(id, relation.type(),
          List.of(Argument.concept(PubTatorFormat.FIRST_ROLE, relation.arg1()),
              Argument.concept(PubTatorFormat.SECOND_ROLE, relation.arg2())),
          infons));
    }
    return result;
  }
}
