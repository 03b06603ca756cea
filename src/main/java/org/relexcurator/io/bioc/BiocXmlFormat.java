package org.relexcurator.io.bioc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * BioC XML (PubTator, BioRED, CDR, TeamTat, PMC full texts). See {@link BiocDocumentDecoder} and
 * {@link BiocDocumentEncoder} for how BioC maps to the model, {@link HardenedXmlInput} for why a
 * declared DTD is never read.
 *
 * <p>What a round trip does not keep: collection source, date, key and infons (the writer puts its
 * own header); sentence infons; relations' level (all are written at document level); text between
 * passages (read back as spaces).
 */
public final class BiocXmlFormat implements DocumentFormat {

  public static final String NAME = "bioc-xml";

  static final Set<String> BIOC_ROOTS = Set.of("collection", "document");

  private final Clock clock;

  public BiocXmlFormat() {
    this(Clock.systemDefaultZone());
  }

  /**
   * @param clock gives the date the writer puts in the collection header
   */
  public BiocXmlFormat(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of("xml");
  }

  /**
   * Certain when the root element is {@code <collection>} or {@code <document>}. A DOCTYPE whose
   * internal subset runs past the head is read to its end from the file itself.
   */
  @Override
  public int recognize(Path path, String head) {
    try {
      XmlProlog prolog = XmlProlog.read(new StringReader(head));
      if (!prolog.complete() && Files.isRegularFile(path)) {
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path));
            Reader text = XmlTextDecoder.open(in)) {
          prolog = XmlProlog.read(text);
        }
      }
      return prolog.root() != null && BIOC_ROOTS.contains(prolog.root()) ? 95 : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public Corpus read(Path path) throws UnreadableInputException {
    return new BiocXmlReader().read(path);
  }

  @Override
  public void write(List<Document> documents, Path target) throws IOException {
    Bioc.Collection collection = new BiocDocumentEncoder().encode(documents, LocalDate.now(clock));
    AtomicFiles.write(target, out -> new BiocXmlWriter().write(collection, out));
  }
}
