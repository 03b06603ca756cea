package org.relexcurator.io.bioc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

/**
 * Places a document's passages (and their sentences) at their offsets to build the document text,
 * reporting passages that cannot be placed.
 *
 * <p>A passage without text takes its text from its sentences, as BioC sentence-level files have
 * it; failing that, from its annotations (BioC stand-off files such as NCBI's abbreviation
 * collection give only annotation texts), with spaces where the text is unknown.
 */
final class BiocPassageLayout {

  /** A passage as the file had it and as the model has it. */
  record Placed(Bioc.Passage raw, Passage passage) {}

  record Result(DocumentText text, List<Placed> passages) {}

  /**
   * The largest offset taken at face value. Gaps before a passage are padded with spaces, so a
   * broken offset of two billion would exhaust memory; this is ten times the longest PMC article.
   */
  static final int MAX_OFFSET = 20_000_000;

  private record RawSentence(int offset, String text, int line) {}

  private final ProblemLog log;

  BiocPassageLayout(ProblemLog log) {
    this.log = log;
  }

  Result layOut(String documentId, List<Bioc.Passage> raws) {
    TextLayout layout = new TextLayout();
    List<Placed> placed = new ArrayList<>();
    for (Bioc.Passage raw : raws) {
      OptionalInt offset = BiocOffset.parse(raw.offset());
      if (offset.isEmpty() || offset.getAsInt() > MAX_OFFSET) {
        log.error(
            documentId,
            raw.line(),
            null,
            "passage offset is missing, not a number or implausibly large; passage skipped"
                + contents(raw),
            BiocOffset.EXPECTED,
            raw.offset());
        continue;
      }
      List<RawSentence> sentences = sentences(documentId, raw);
      boolean ownText = raw.text() != null && !raw.text().isEmpty();
      String text;
      if (ownText) {
        text = raw.text();
      } else if (!sentences.isEmpty()) {
        text = fromSentences(documentId, offset.getAsInt(), sentences);
      } else {
        text = fromAnnotations(documentId, offset.getAsInt(), raw);
      }
      Span span;
      try {
        span = layout.place(offset.getAsInt(), text);
      } catch (IllegalArgumentException e) {
        log.error(
            documentId,
            raw.line(),
            null,
            "passage overlaps the previous passage or comes before it; passage skipped"
                + contents(raw),
            "offset >= " + layout.length(),
            raw.offset());
        continue;
      }
      List<Sentence> modelSentences = new ArrayList<>();
      for (RawSentence sentence : sentences) {
        Span sentenceSpan =
            new Span(
                sentence.offset(),
                sentence.offset() + sentence.text().codePointCount(0, sentence.text().length()));
        if (!span.contains(sentenceSpan)) {
          log.error(
              documentId,
              sentence.line(),
              null,
              "sentence "
                  + sentenceSpan
                  + " lies outside its passage "
                  + span
                  + "; sentence dropped",
              null,
              null);
          continue;
        }
        String atOffsets =
            text.substring(
                text.offsetByCodePoints(0, sentenceSpan.start() - span.start()),
                text.offsetByCodePoints(0, sentenceSpan.end() - span.start()));
        if (!atOffsets.equals(sentence.text())) {
          log.warning(
              documentId,
              sentence.line(),
              null,
              "sentence text differs from the passage text at its offsets; kept the offsets",
              sentence.text(),
              atOffsets);
        }
        modelSentences.add(new Sentence(sentenceSpan));
      }
      String type = BiocInfonKeys.firstText(raw.infons(), BiocInfonKeys.PASSAGE_TYPE).orElse("");
      placed.add(new Placed(raw, new Passage(type, span, modelSentences, raw.infons())));
    }
    return new Result(layout.build(), placed);
  }

  private List<RawSentence> sentences(String documentId, Bioc.Passage raw) {
    List<RawSentence> sentences = new ArrayList<>();
    for (Bioc.Sentence sentence : raw.sentences()) {
      OptionalInt offset = BiocOffset.parse(sentence.offset());
      if (offset.isEmpty() || offset.getAsInt() > MAX_OFFSET) {
        log.error(
            documentId,
            sentence.line(),
            null,
            "sentence offset is missing, not a number or implausibly large; sentence dropped",
            BiocOffset.EXPECTED,
            sentence.offset());
      } else if (sentence.text() == null) {
        log.error(
            documentId,
            sentence.line(),
            null,
            "sentence has no text, so its extent is unknown; sentence dropped",
            "a <text>",
            null);
      } else {
        sentences.add(new RawSentence(offset.getAsInt(), sentence.text(), sentence.line()));
      }
    }
    return sentences;
  }

  /** Lays the sentences out from the passage offset, dropping those that overlap. */
  private String fromSentences(String documentId, int passageOffset, List<RawSentence> sentences) {
    TextLayout layout = new TextLayout();
    layout.place(passageOffset, "");
    for (var it = sentences.iterator(); it.hasNext(); ) {
      RawSentence sentence = it.next();
      try {
        layout.place(sentence.offset(), sentence.text());
      } catch (IllegalArgumentException e) {
        log.error(
            documentId,
            sentence.line(),
            null,
            "sentence overlaps the previous sentence or lies before its passage; sentence dropped",
            "offset >= " + layout.length(),
            Integer.toString(sentence.offset()));
        it.remove();
      }
    }
    // The padding before the passage offset is spaces, one UTF-16 unit per code point.
    return layout.build().value().substring(passageOffset);
  }

  private String fromAnnotations(String documentId, int passageOffset, Bioc.Passage raw) {
    int end = passageOffset;
    List<Bioc.Annotation> usable = new ArrayList<>();
    for (Bioc.Annotation annotation : raw.annotations()) {
      if (annotation.locations().size() != 1 || annotation.text() == null) {
        continue;
      }
      OptionalInt start = BiocOffset.parse(annotation.locations().get(0).offset());
      OptionalInt length = BiocOffset.parse(annotation.locations().get(0).length());
      if (start.isPresent()
          && length.isPresent()
          && start.getAsInt() >= passageOffset
          && start.getAsInt() + (long) length.getAsInt() <= MAX_OFFSET
          && annotation.text().codePointCount(0, annotation.text().length()) == length.getAsInt()) {
        usable.add(annotation);
        end = Math.max(end, start.getAsInt() + length.getAsInt());
      }
    }
    if (usable.isEmpty()) {
      return "";
    }
    int[] codePoints = new int[end - passageOffset];
    Arrays.fill(codePoints, ' ');
    for (Bioc.Annotation annotation : usable) {
      int at = Integer.parseInt(annotation.locations().get(0).offset().strip()) - passageOffset;
      int[] text = annotation.text().codePoints().toArray();
      System.arraycopy(text, 0, codePoints, at, text.length);
    }
    log.warning(
        documentId,
        raw.line(),
        null,
        "passage has no text; rebuilt from its "
            + usable.size()
            + " annotations, with spaces where the text is unknown",
        null,
        null);
    return new String(codePoints, 0, codePoints.length);
  }

  private static String contents(Bioc.Passage raw) {
    int annotations =
        raw.annotations().size()
            + raw.sentences().stream().mapToInt(s -> s.annotations().size()).sum();
    int relations =
        raw.relations().size() + raw.sentences().stream().mapToInt(s -> s.relations().size()).sum();
    return annotations + relations == 0
        ? ""
        : " with its " + annotations + " annotations and " + relations + " relations";
  }
}
