package org.relexcurator.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits and joins the concept-id fields of PubTator and BioC files.
 *
 * <p>Composite mentions list several ids: CDR separates MeSH ids with {@code |} ({@code
 * D014786|D006311}), BioRED separates ids with {@code ,}, some tools with {@code ;}. But {@code |}
 * is also part of BioRED variant ids ({@code p|SUB|P|29|S}, {@code c|DEL|1314_1328|}), so a field
 * is split on {@code |} only when every piece is a plain id. {@code -} and {@code -1} (no concept)
 * are kept as written.
 */
public final class ConceptIds {

  /** A plain id: MeSH, NCBI Gene or Taxonomy, a prefixed id like {@code MESH:D000123}, or none. */
  private static final Pattern PLAIN_ID =
      Pattern.compile("-1?|(?:[A-Za-z]+[:_])?[A-Za-z]{0,2}\\d+(?:\\.\\d+)?");

  private ConceptIds() {}

  public static List<String> split(String field) {
    List<String> ids = new ArrayList<>();
    if (field == null || field.isBlank()) {
      return ids;
    }
    for (String part : field.split("[,;]")) {
      String trimmed = part.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] pieces = trimmed.split("\\|");
      if (pieces.length > 1 && allPlain(pieces)) {
        for (String piece : pieces) {
          ids.add(piece.strip());
        }
      } else {
        ids.add(trimmed);
      }
    }
    return ids;
  }

  private static boolean allPlain(String[] pieces) {
    for (String piece : pieces) {
      if (!PLAIN_ID.matcher(piece.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The field for a list of ids: {@code |} between MeSH-style ids as CDR writes them, {@code ,}
   * otherwise (BioRED), and always {@code ,} where an id itself contains {@code |}.
   */
  public static String join(List<String> ids) {
    boolean pipeSafe =
        ids.stream()
            .allMatch(
                id -> PLAIN_ID.matcher(id).matches() && !id.chars().allMatch(Character::isDigit));
    return String.join(pipeSafe ? "|" : ",", ids);
  }
}
