package org.relexcurator.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.inference.CandidateGenerator;
import org.relexcurator.inference.Candidates;
import org.relexcurator.inference.EntityMarker;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.GoldLabel;
import org.relexcurator.inference.MarkedSentence;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * Reads an input and makes it ready for review: detects the format, reads it, splits passages that
 * the file did not split into sentences, and generates the candidate pairs. The command line and
 * the desktop app both go through here, so they see the same pairs.
 */
public final class CorpusPreparation {

  private final FormatRegistry formats;
  private final SentenceSplitter splitter;
  private final EntityTypeMapping types;
  private final CandidateGenerator generator;
  private final MarkerMode mode;

  public CorpusPreparation(
      FormatRegistry formats,
      SentenceSplitter splitter,
      RelationSpecs specs,
      EntityTypeMapping types,
      MarkerMode mode) {
    this.formats = formats;
    this.splitter = splitter;
    this.types = types;
    this.generator = new CandidateGenerator(specs, types);
    this.mode = mode;
  }

  /** Bundled relation specs and type mapping, in the given marker mode. */
  public static CorpusPreparation standard(MarkerMode mode) {
    return new CorpusPreparation(
        FormatRegistry.standard(),
        new SentenceSplitter(),
        RelationSpecs.bundled(),
        EntityTypeMapping.bundled(),
        mode);
  }

  public MarkerMode markerMode() {
    return mode;
  }

  public PreparedCorpus prepare(Path input) throws UnreadableInputException {
    return prepare(formats.read(input));
  }

  /** Splits and pairs an already read corpus. */
  public PreparedCorpus prepare(Corpus corpus) {
    List<Document> documents = new ArrayList<>(corpus.documents().size());
    List<CandidatePair> pairs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(corpus.problems());
    for (Document read : corpus.documents()) {
      Document document = read.withSentences(splitter::split);
      documents.add(document);
      Candidates candidates = generator.generate(corpus.source(), document, mode);
      pairs.addAll(candidates.pairs());
      problems.addAll(candidates.problems());
    }
    return new PreparedCorpus(corpus.source(), corpus.format(), documents, pairs, problems);
  }

  /**
   * The candidate pairs of one document that already has its sentences, such as a document with
   * curators' mention edits applied: the same generator and relation specs as {@link #prepare}.
   */
  public Candidates candidates(String source, Document document) {
    return generator.generate(source, document, mode);
  }

  /** The model's input for one pair: its sentence with E1/E2 markers in this preparation's mode. */
  public MarkedSentence mark(Document document, CandidatePair pair) {
    return EntityMarker.mark(document, pair, mode);
  }

  /**
   * The pair as a row of the synthetic_relex dataset (plus offsets and ids): marked sentence,
   * PubTator3 types and the gold label from the file, if any.
   */
  public PairRow row(Document document, CandidatePair pair) {
    return PairRow.of(
        document,
        pair,
        mark(document, pair).text(),
        types.map(pair.first()).orElse(pair.first().type()),
        types.map(pair.second()).orElse(pair.second().type()),
        GoldLabel.of(document, pair).orElse(null),
        mode.label());
  }

  /** Every pair of a prepared corpus as dataset rows, in pair order. */
  public List<PairRow> rows(PreparedCorpus corpus) {
    Map<String, Document> byId = new HashMap<>();
    corpus.documents().forEach(d -> byId.putIfAbsent(d.id(), d));
    List<PairRow> rows = new ArrayList<>(corpus.pairs().size());
    for (CandidatePair pair : corpus.pairs()) {
      rows.add(row(byId.get(pair.documentId()), pair));
    }
    return rows;
  }
}
