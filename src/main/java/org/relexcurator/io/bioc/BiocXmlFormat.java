package org.relexcurator.io.bioc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>What a round trip does not keep: collection source, date, key and infons (the writer puts
 * its own header); sentence infons; relations' level (all are written at document level); text
 * between passages (read back as spaces).
 */
public final class BiocXmlFormat implements DocumentFormat {

  public static final String NAME = "bioc-xml";

  /** Declarations, comments and a DOCTYPE (with an internal subset) before the root element. */
  private static final Pattern PROLOG = Pattern.compile(
      "\\A\\uFEFF?\\s*(?:(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)\\s*)*"
          + "<([A-Za-z_][\\w.-]*)",
      Pattern.DOTALL);

  private final Clock clock;

  public BiocXmlFormat() {
    this(Clock.systemDefaultZone());
  }

  /** @param clock gives the date the writer puts in the collection header */
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

  @Override
  public int recognize(Path path, String head) {
    Matcher root = PROLOG.matcher(head);
    if (!root.lookingAt()) {
      return 0;
    }
    return root.group(1).equals("collection") || root.group(1).equals("document") ? 95 : 0;
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
