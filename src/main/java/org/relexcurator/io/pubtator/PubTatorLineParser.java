package org.relexcurator.io.pubtator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relexcurator.io.pubtator.PubTatorLine.Blank;
import org.relexcurator.io.pubtator.PubTatorLine.Malformed;
import org.relexcurator.io.pubtator.PubTatorLine.MentionLine;
import org.relexcurator.io.pubtator.PubTatorLine.RelationLine;
import org.relexcurator.io.pubtator.PubTatorLine.TextLine;

/** Classifies one line of a PubTator file by its shape. */
final class PubTatorLineParser {

  /** Title and abstract lines; the text keeps every character, trailing spaces included. */
  private static final Pattern TEXT_LINE =
      Pattern.compile("([^|\\t]+)\\|([ta])\\|(.*)", Pattern.DOTALL);

  /** Other {@code ID|x|…} lines: passage kinds this format does not define. */
  private static final Pattern OTHER_BAR_LINE =
      Pattern.compile("([^|\\t]+)\\|([^|\\t]*)\\|.*", Pattern.DOTALL);

  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

  private static final Pattern TRAILING_SPACES = Pattern.compile(" +$");

  private static final String MENTION_COLUMNS =
      "5 to 7 tab-separated columns (id, start, end,"
          + " text, type[, concept ids[, composite mention texts]])";

  private static final String RELATION_COLUMNS =
      "4 or 5 tab-separated columns (id, type," + " concept 1, concept 2[, novel])";

  /** Longest excerpt of a bad line quoted in a problem. */
  private static final int EXCERPT = 80;

  private PubTatorLineParser() {}

  static PubTatorLine parse(String line) {
    if (line.isBlank()) {
      return new Blank();
    }
    Matcher text = TEXT_LINE.matcher(line);
    if (text.matches()) {
      return new TextLine(text.group(1), text.group(2).charAt(0), text.group(3));
    }
    if (line.indexOf('\t') >= 0) {
      // Spaces after the last column are editor noise; tabs are kept since an empty last column
      // (a mention without concept id) is content.
      String[] columns = TRAILING_SPACES.matcher(line).replaceFirst("").split("\t", -1);
      // NER corpora and tools leave out the concept-id column, which makes a mention line as wide
      // as a BioRED relation line; only a mention starts with two offsets.
      return columns.length >= 6 || columns.length == 5 && startsWithOffsets(columns)
          ? mention(columns)
          : relation(columns, line);
    }
    Matcher otherBar = OTHER_BAR_LINE.matcher(line);
    if (otherBar.matches()) {
      return new Malformed(
          otherBar.group(1),
          "unknown line kind '" + otherBar.group(2) + "'; skipped",
          "ID|t|title or ID|a|abstract",
          excerpt(line));
    }
    return new Malformed(
        null,
        "not a PubTator line; skipped",
        "ID|t|title, ID|a|abstract or a tab-separated annotation",
        excerpt(line));
  }

  private static PubTatorLine mention(String[] columns) {
    String documentId = columns[0];
    if (columns.length > 7) {
      return new Malformed(
          documentId,
          "mention line has " + columns.length + " columns; skipped",
          MENTION_COLUMNS,
          columns.length + " columns");
    }
    if (!NUMBER.matcher(columns[1]).matches() || !NUMBER.matcher(columns[2]).matches()) {
      return new Malformed(
          documentId,
          "mention offsets are not numbers; skipped",
          "two whole numbers",
          columns[1] + " " + columns[2]);
    }
    int start = Integer.parseInt(columns[1]);
    int end = Integer.parseInt(columns[2]);
    if (start > end) {
      return new Malformed(
          documentId, "mention starts after it ends; skipped", "start <= end", start + " > " + end);
    }
    return new MentionLine(
        documentId,
        start,
        end,
        columns[3],
        columns[4],
        columns.length >= 6 ? columns[5] : "",
        columns.length == 7 ? columns[6] : null);
  }

  private static boolean startsWithOffsets(String[] columns) {
    return NUMBER.matcher(columns[1]).matches() && NUMBER.matcher(columns[2]).matches();
  }

  private static PubTatorLine relation(String[] columns, String line) {
    String documentId = columns[0];
    if (columns.length < 4) {
      return new Malformed(
          documentId,
          "line has " + columns.length + " columns; skipped",
          RELATION_COLUMNS + " or " + MENTION_COLUMNS,
          excerpt(line));
    }
    if (startsWithOffsets(columns)) {
      return new Malformed(
          documentId,
          "mention line has " + columns.length + " columns, no type; skipped",
          MENTION_COLUMNS,
          excerpt(line));
    }
    for (int i = 1; i < 4; i++) {
      if (columns[i].isBlank()) {
        return new Malformed(
            documentId,
            "relation line has an empty column; skipped",
            RELATION_COLUMNS,
            excerpt(line));
      }
    }
    return new RelationLine(
        documentId,
        columns[1].strip(),
        columns[2].strip(),
        columns[3].strip(),
        columns.length == 5 ? columns[4].strip() : null);
  }

  private static String excerpt(String line) {
    return line.codePointCount(0, line.length()) <= EXCERPT
        ? line
        : line.substring(0, line.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
