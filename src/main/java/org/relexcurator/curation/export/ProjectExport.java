package org.relexcurator.curation.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.bioc.BiocJsonFormat;
import org.relexcurator.io.bioc.BiocXmlFormat;
import org.relexcurator.io.brat.BratFormat;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Document;
import org.relexcurator.model.Infons;

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
    int documents = 0;
    switch (format) {
      case JSONL -> AtomicFiles.write(target, out -> CuratedJsonl.write(pairs, out));
      case CSV -> AtomicFiles.write(target, out -> CuratedCsv.write(pairs, out));
      case BIOC_XML ->
          documents =
              writeDocuments(
                  project,
                  pairs,
                  CurationInfons::bioc,
                  docs -> new BiocXmlFormat(clock).write(docs, target));
      case BIOC_JSON ->
          documents =
              writeDocuments(
                  project,
                  pairs,
                  CurationInfons::bioc,
                  docs -> new BiocJsonFormat(clock).write(docs, target));
      case BRAT -> {
        checkReplaceable(target);
        documents =
            writeDocuments(
                project,
                pairs,
                CurationInfons::bratNotes,
                docs ->
                    AtomicFiles.writeFolder(
                        target, folder -> new BratFormat().write(docs, folder)));
      }
      default -> throw new IllegalStateException("no writer for " + format);
    }
    int gold = (int) pairs.stream().filter(CuratedPair::isGold).count();
    int testModel = (int) pairs.stream().filter(CuratedPair::fromTestModel).count();
    return new ExportSummary(
        format, target, pairs.size(), gold, documents, testModel, project.missingPairs());
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
    void write(List<Document> documents) throws IOException;
  }

  private int writeDocuments(
      CuratedProject project,
      List<CuratedPair> gold,
      Function<CuratedPair, Infons> infons,
      DocumentsWriter writer)
      throws ExportException, IOException {
    Map<String, Document> sources = new SourceDocuments(formats).read(project.documents());
    List<Document> documents = CuratedDocuments.of(gold, sources, infons);
    writer.write(documents);
    return documents.size();
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
