package org.relexcurator.io.pubtator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * The PubTator format of BioCreative CDR, BioRED and PubTator exports; see {@link PubTatorReader}
 * and {@link PubTatorWriter} for what each side makes of it.
 */
public final class PubTatorFormat implements DocumentFormat {

  public static final String NAME = "pubtator";

  /** Entity infon holding CDR's seventh column, the texts of a composite mention's parts. */
  public static final String COMPOSITE_MENTIONS = "compositeMentions";

  /** Relation infon holding BioRED's fifth column ({@code Novel} or {@code No}). */
  public static final String NOVEL = "novel";

  /** Roles of a relation's two concept arguments, the same the BioC readers give. */
  public static final String FIRST_ROLE = "entity1";

  public static final String SECOND_ROLE = "entity2";

  /** Sure enough to beat a mere extension match, short of formats with a signature. */
  private static final int CONFIDENCE = 90;

  private static final Pattern TEXT_LINE_START =
      Pattern.compile("^[^|\\t\\n]+\\|[ta]\\|", Pattern.MULTILINE);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of("pubtator", "txt");
  }

  @Override
  public int recognize(Path path, String head) {
    return TEXT_LINE_START.matcher(head).find() ? CONFIDENCE : 0;
  }

  @Override
  public Corpus read(Path path) throws UnreadableInputException {
    return new PubTatorReader().read(path);
  }

  @Override
  public void write(List<Document> documents, Path target) throws IOException {
    new PubTatorWriter().write(documents, target);
  }

  @Override
  public List<Problem> writeReportingLosses(List<Document> documents, Path target)
      throws IOException {
    return new PubTatorWriter().write(documents, target);
  }
}
