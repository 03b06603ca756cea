package org.relexcurator.curation.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.relexcurator.curation.EditedDocument;
import org.relexcurator.curation.MentionOrigin;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.bioc.BiocJsonFormat;
import org.relexcurator.io.bioc.BiocXmlFormat;
import org.relexcurator.io.brat.BratFormat;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.io.pubtator.PubTatorFormat;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Problem;

/**
 * Exports a project's curated pairs in one {@link ExportFormat}; the command line and the File menu
 * both come here. Every export is written whole or not at all: a file through {@link
 * AtomicFiles#write}, the brat folder through {@link AtomicFiles#writeFolder}. Nothing is written
 * when the export cannot be made (an {@link ExportException} says why).
 */
public final class ProjectExport {

  private final FormatRegistry formats;
  private final Clock clock;

  /**
   * @param formats reads the documents' source files again for BioC and brat
   * @param clock dates the BioC collection header
   */
  public ProjectExport(FormatRegistry formats, Clock clock) {
    this.formats = formats;
    this.clock = clock;
  }

  public static ProjectExport standard() {
    return new ProjectExport(FormatRegistry.standard(), Clock.systemDefaultZone());
  }

  /**
   * @param all write every pair, not only gold ones (JSONL and CSV only)
   * @throws ExportException if the export cannot be made as asked; nothing is written
   * @throws IOException if writing fails; the old target, if any, is left as it was
   */
  public ExportSummary export(CuratedProject project, ExportFormat format, Path target, boolean all)
      throws ExportException, IOException {
    if (all && !format.holdsEveryPair()) {
      throw new ExportException(
          "Only the jsonl and csv exports hold pairs without a gold label;"
              + " a "
              + format.exportName()
              + " export holds the gold relations, so leave out --all");
    }
    if (!format.writesFolder() && Files.isDirectory(target)) {
      throw new ExportException(target + " is a folder; name the file to write");
    }
    List<CuratedPair> pairs = project.pairs(all);
    if (format.holdsEveryPair()) {
      requireMentionDetails(pairs);
    }
    WrittenDocuments written = WrittenDocuments.NONE;
    switch (format) {
      case JSONL -> AtomicFiles.write(target, out -> CuratedJsonl.write(pairs, out));
      case CSV -> AtomicFiles.write(target, out -> CuratedCsv.write(pairs, out));
      case BIOC_XML ->
          written =
              writeDocuments(
                  project,
                  pairs,
                  CurationInfons::bioc,
                  MentionProvenance::bioc,
                  docs -> write(new BiocXmlFormat(clock), docs, target));
      case BIOC_JSON ->
          written =
              writeDocuments(
                  project,
                  pairs,
                  CurationInfons::bioc,
                  MentionProvenance::bioc,
                  docs -> write(new BiocJsonFormat(clock), docs, target));
      case BRAT -> {
        checkReplaceable(target);
        written =
            writeDocuments(
                project,
                pairs,
                CurationInfons::bratNotes,
                MentionProvenance::bratNote,
                docs -> {
                  AtomicFiles.writeFolder(target, folder -> new BratFormat().write(docs, folder));
                  return List.of();
                });
      }
      case PUBTATOR ->
          written =
              writeDocuments(
                  project,
                  pairs,
                  pair -> Infons.empty(),
                  MentionProvenance::none,
                  docs -> new PubTatorFormat().writeReportingLosses(docs, target));
      default -> throw new IllegalStateException("no writer for " + format);
    }
    int gold = (int) pairs.stream().filter(CuratedPair::isGold).count();
    int testModel = (int) pairs.stream().filter(CuratedPair::fromTestModel).count();
    return new ExportSummary(
        format,
        target,
        pairs.size(),
        gold,
        written.documents(),
        testModel,
        project.missingPairs(),
        project.obsoletePairs(),
        written.editedMentions(),
        written.warnings());
  }

  private static List<Problem> write(DocumentFormat format, List<Document> docs, Path target)
      throws IOException {
    format.write(docs, target);
    return List.of();
  }

  /** Pairs saved before project format 3 lack what the dataset columns of JSONL and CSV need. */
  private static void requireMentionDetails(List<CuratedPair> pairs) throws ExportException {
    for (CuratedPair curated : pairs) {
      StoredPair pair = curated.pair();
      if (!pair.hasMentionDetails()) {
        throw new ExportException(
            "Pair "
                + pair.key()
                + " was saved by an earlier version of"
                + " RelEx Curator, which did not keep its mentions' text, concept ids and corpus"
                + " types; open document "
                + pair.documentId()
                + " in the project again so that its"
                + " pairs are saved anew, then export");
      }
    }
  }

  @FunctionalInterface
  private interface DocumentsWriter {
    /** Writes the documents and returns what the format could not hold. */
    List<Problem> write(List<Document> documents) throws IOException;
  }

  /** What a document export wrote besides its pairs. */
  private record WrittenDocuments(int documents, int editedMentions, List<Problem> warnings) {
    static final WrittenDocuments NONE = new WrittenDocuments(0, 0, List.of());
  }

  /**
   * Reads the documents again, applies the curators' mention edits with their provenance, puts the
   * gold relations in and writes them.
   */
  private WrittenDocuments writeDocuments(
      CuratedProject project,
      List<CuratedPair> gold,
      Function<CuratedPair, Infons> infons,
      BiFunction<Infons, MentionOrigin, Infons> provenance,
      DocumentsWriter writer)
      throws ExportException, IOException {
    Map<String, Document> sources = new SourceDocuments(formats).read(project.documents());
    Map<String, Document> corrected = new LinkedHashMap<>();
    int editedMentions = 0;
    for (Document source : sources.values()) {
      EditedDocument edited = project.mentions().apply(source);
      List<Entity> mentions = new ArrayList<>();
      for (Entity mention : edited.document().entities()) {
        MentionOrigin origin = edited.origins().get(mention.id());
        mentions.add(
            origin == null
                ? mention
                : mention.withInfons(provenance.apply(mention.infons(), origin)));
      }
      editedMentions += edited.origins().size();
      corrected.put(source.id(), edited.document().withEntities(mentions));
    }
    List<Document> documents = CuratedDocuments.of(gold, corrected, infons);
    List<Problem> warnings = writer.write(documents);
    return new WrittenDocuments(documents.size(), editedMentions, warnings);
  }

  /**
   * A brat export replaces its folder as a whole, so it must not be a folder of other things: only
   * an empty folder or one of {@code .txt} and {@code .ann} files (an earlier export) is replaced.
   */
  private static void checkReplaceable(Path target) throws ExportException, IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new ExportException(target + " is a file; a brat export writes a folder");
    }
    try (Stream<Path> walk = Files.walk(target)) {
      Path other =
          walk.filter(p -> !Files.isDirectory(p))
              .filter(
                  p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return !name.endsWith(".txt") && !name.endsWith(".ann");
                  })
              .findFirst()
              .orElse(null);
      if (other != null) {
        throw new ExportException(
            target
                + " holds other files than a brat export's ("
                + other
                + "), and a brat export replaces its whole folder; choose a new or empty folder");
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
