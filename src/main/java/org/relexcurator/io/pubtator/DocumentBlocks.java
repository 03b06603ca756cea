package org.relexcurator.io.pubtator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.relexcurator.io.ConceptIds;
import org.relexcurator.io.MentionCheck;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.pubtator.DocumentBlock.Numbered;
import org.relexcurator.io.pubtator.PubTatorLine.MentionLine;
import org.relexcurator.io.pubtator.PubTatorLine.RelationLine;
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
 * The blocks of one document, in file order, turned into a {@link Document}: usually one block, but
 * full texts are written one passage per block, every block under the same id.
 *
 * <p>Each block's text is its title, or its title, one space and its abstract. The first block
 * gives the {@code title} and {@code abstract} passages; every later block follows one space after
 * the one before, its title and (non-empty) abstract passages of unknown type.
 *
 * <p>A later block's mention offsets usually count from the start of that block; some files count
 * them over the whole document, and tools that keep a BioC full text's passage offsets count them
 * from the passage's offset in the source. Each later block is read the way more of its mentions
 * find their text starting inside the block (from the block's start when tied; a source offset is
 * found from the mentions themselves), and a block with mentions that fit no way is reported; each
 * such mention is then moved or dropped by the one offset policy ({@link MentionCheck}) and
 * reported on its own line. Relations of every block belong to the whole document.
 */
final class DocumentBlocks {

  /** A mention line and how far its offsets move to count over the whole document. */
  private record ShiftedMention(Numbered<MentionLine> mention, int shift) {}

  private final String documentId;
  private final ProblemLog log;
  private final List<DocumentBlock> blocks = new ArrayList<>();
  private final List<Integer> blocksReadByAgreement = new ArrayList<>();

  /**
   * @param documentId the id the document gets: the file's, or a fresh one where the file uses an
   *     id for two documents
   * @param first a block with a title
   */
  DocumentBlocks(String documentId, DocumentBlock first, ProblemLog log) {
    this.documentId = documentId;
    this.log = log;
    blocks.add(first);
  }

  /** The id the blocks have in the file. */
  String fileId() {
    return blocks.get(0).documentId();
  }

  DocumentBlock first() {
    return blocks.get(0);
  }

  /** Adds a later block of the same id; it must have a title. */
  void add(DocumentBlock block) {
    blocks.add(block);
  }

  Document build() {
    TextLayout layout = new TextLayout();
    List<Passage> passages = new ArrayList<>();
    List<Span> blockSpans = new ArrayList<>(blocks.size());
    for (DocumentBlock block : blocks) {
      boolean first = blockSpans.isEmpty();
      int start = first ? 0 : layout.length() + 1;
      Span title = layout.place(start, block.titleText());
      passages.add(new Passage(first ? "title" : "", title));
      if (block.abstractText().isPresent()) {
        Span abstractSpan = layout.place(title.end() + 1, block.abstractText().get());
        if (first || abstractSpan.length() > 0) {
          passages.add(new Passage(first ? "abstract" : "", abstractSpan));
        }
      }
      blockSpans.add(new Span(start, layout.length()));
    }
    DocumentText text = layout.build();
    warnOfMissingAbstract();
    List<ShiftedMention> mentions = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int shift = i == 0 ? 0 : shiftOf(blocks.get(i), blockSpans.get(i), text);
      blocks.get(i).mentions().forEach(mention -> mentions.add(new ShiftedMention(mention, shift)));
    }
    warnOfBlocksReadByAgreement();
    Set<String> concepts = new HashSet<>();
    List<Entity> entities = entities(mentions, text, concepts);
    return new Document(documentId, text, passages, entities, relations(concepts), Infons.empty());
  }

  /** One warning for the document, not one per block: a full text has a hundred blocks. */
  private void warnOfBlocksReadByAgreement() {
    if (blocksReadByAgreement.isEmpty()) {
      return;
    }
    int count = blocksReadByAgreement.size();
    log.warning(
        documentId,
        blocksReadByAgreement.get(0),
        null,
        count
            + (count == 1 ? " block" : " blocks")
            + " (lines "
            + blocksReadByAgreement.stream()
                .limit(5)
                .map(String::valueOf)
                .collect(Collectors.joining(", "))
            + (count > 5 ? ", …" : "")
            + ") count mention offsets from neither the block's start"
            + " nor the document's, as tools keeping a full text's passage offsets write them;"
            + " each read from the base all its mentions agree on",
        null,
        null);
  }

  private void warnOfMissingAbstract() {
    DocumentBlock only = blocks.get(0);
    int titleEnd = only.titleText().codePointCount(0, only.titleText().length());
    if (blocks.size() == 1
        && only.abstractText().isEmpty()
        && only.mentions().stream().anyMatch(m -> m.content().end() > titleEnd)) {
      log.warning(
          documentId,
          only.titleLine(),
          null,
          "no abstract line, yet mentions reach past the title",
          fileId() + "|a|abstract",
          null);
    }
  }

  /**
   * How far a later block's mention offsets move: to the block's start, not at all, or, where
   * neither reading fits every mention, by the shift most of its mentions agree on (tools that keep
   * a BioC passage's own offset count from a base that is neither).
   */
  private int shiftOf(DocumentBlock block, Span blockSpan, DocumentText text) {
    int size = block.mentions().size();
    int fromBlock = fitting(block, blockSpan.start(), blockSpan, text);
    int overDocument = fitting(block, 0, blockSpan, text);
    if (Math.max(fromBlock, overDocument) == size) {
      return fromBlock == size ? blockSpan.start() : 0;
    }
    OptionalInt agreed = agreedShift(block, blockSpan, text);
    int byAgreement = agreed.isPresent() ? fitting(block, agreed.getAsInt(), blockSpan, text) : 0;
    int shift;
    String reading;
    if (byAgreement > Math.max(fromBlock, overDocument)) {
      shift = agreed.getAsInt();
      reading = "as counted from offset " + (blockSpan.start() - shift) + " at the block's start";
    } else if (fromBlock >= overDocument) {
      shift = blockSpan.start();
      reading = "as counted from the block's start";
    } else {
      shift = 0;
      reading = "as counted over the whole document";
    }
    int fit = Math.max(byAgreement, Math.max(fromBlock, overDocument));
    if (fit == size) {
      blocksReadByAgreement.add(block.firstLine());
      return shift;
    }
    log.warning(
        documentId,
        block.firstLine(),
        null,
        "of this block's "
            + size
            + " mentions, "
            + fromBlock
            + " fit offsets counted from the block's start ("
            + blockSpan.start()
            + "), "
            + overDocument
            + " offsets counted over the whole document and "
            + byAgreement
            + " offsets counted from the base most of them agree on; read "
            + reading
            + ", each mention that does not fit reported on its line",
        null,
        null);
    return shift;
  }

  private static int fitting(DocumentBlock block, int shift, Span blockSpan, DocumentText text) {
    int count = 0;
    for (Numbered<MentionLine> mention : block.mentions()) {
      count += fits(mention.content(), shift, blockSpan, text) ? 1 : 0;
    }
    return count;
  }

  /**
   * The shift that puts the most mentions on an occurrence of their text inside the block: each
   * occurrence of a mention's text votes for the shift that would put the mention there.
   */
  private static OptionalInt agreedShift(DocumentBlock block, Span blockSpan, DocumentText text) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (Numbered<MentionLine> numbered : block.mentions()) {
      MentionLine mention = numbered.content();
      if (mention.text().isEmpty()) {
        continue;
      }
      Set<Integer> shifts = new HashSet<>();
      int at = text.indexOf(mention.text(), blockSpan.start());
      while (at >= 0 && at < blockSpan.end()) {
        shifts.add(at - mention.start());
        at = text.indexOf(mention.text(), at + 1);
      }
      shifts.forEach(shift -> votes.merge(shift, 1, Integer::sum));
    }
    return votes.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(entry -> OptionalInt.of(entry.getKey()))
        .orElse(OptionalInt.empty());
  }

  private static boolean fits(MentionLine mention, int shift, Span blockSpan, DocumentText text) {
    Span span = new Span(mention.start() + shift, mention.end() + shift);
    return span.start() >= blockSpan.start()
        && span.start() < blockSpan.end()
        && MentionCheck.check(text, List.of(span), mention.text()) instanceof MentionCheck.Exact;
  }

  /**
   * The mentions that fit the text, with ids {@code T0, T1, …} by line order (a dropped line keeps
   * its number, so problems can name it); {@code concepts} receives their concept ids, each one and
   * each id field as written, since BioRED relations may name a composite concept ({@code
   * D017180|D014693}) whole.
   */
  private List<Entity> entities(
      List<ShiftedMention> mentions, DocumentText text, Set<String> concepts) {
    List<Entity> entities = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      String id = "T" + i;
      int line = mentions.get(i).mention().line();
      MentionLine mention = mentions.get(i).mention().content();
      int shift = mentions.get(i).shift();
      Span given = new Span(mention.start() + shift, mention.end() + shift);
      String givenText =
          shift == 0
              ? given.toString()
              : mention.start() + "-" + mention.end() + " (" + given + " in the document)";
      List<Span> spans;
      MentionCheck.Outcome outcome = MentionCheck.check(text, List.of(given), mention.text());
      if (outcome instanceof MentionCheck.Exact exact) {
        spans = exact.spans();
      } else if (outcome instanceof MentionCheck.Moved moved) {
        spans = moved.spans();
        log.offsetsRepaired(
            documentId,
            line,
            id,
            "offsets "
                + givenText
                + " moved by "
                + signed(moved.delta())
                + " to "
                + spans.get(0)
                + ", where the mention's text is",
            mention.text(),
            moved.textAtGivenOffsets());
      } else {
        String found = ((MentionCheck.Mismatch) outcome).textAtGivenOffsets();
        log.error(
            documentId,
            line,
            id,
            found == null
                ? "offsets "
                    + givenText
                    + " lie outside the document text ("
                    + text.length()
                    + " characters); mention dropped"
                : "mention text not at offsets "
                    + givenText
                    + " nor within "
                    + MentionCheck.SEARCH_WINDOW
                    + " characters; mention dropped",
            mention.text(),
            found);
        continue;
      }
      Infons infons =
          mention.compositeTexts() == null
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
    List<Relation> result = new ArrayList<>();
    for (DocumentBlock block : blocks) {
      for (Numbered<RelationLine> numbered : block.relations()) {
        String id = "R" + result.size();
        RelationLine relation = numbered.content();
        for (String concept : List.of(relation.arg1(), relation.arg2())) {
          if (!concepts.contains(concept)) {
            log.warning(
                documentId,
                numbered.line(),
                id,
                "relation refers to a concept no mention of the document has; kept",
                "a concept id of a mention",
                concept);
          }
        }
        Infons infons =
            relation.novel() == null
                ? Infons.empty()
                : Infons.of(PubTatorFormat.NOVEL, relation.novel());
        result.add(
            new Relation(
                id,
                relation.type(),
                List.of(
                    Argument.concept(PubTatorFormat.FIRST_ROLE, relation.arg1()),
                    Argument.concept(PubTatorFormat.SECOND_ROLE, relation.arg2())),
                infons));
      }
    }
    return result;
  }
}
