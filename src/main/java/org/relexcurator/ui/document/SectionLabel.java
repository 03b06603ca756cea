package org.relexcurator.ui.document;

import java.util.Locale;
import java.util.Map;
import org.relexcurator.model.Passage;

/**
 * The name of the section a passage belongs to, shown as a heading where the file has none of its
 * own (an abstract, figure captions): from the BioC {@code section_type} infon of PMC full texts,
 * else from the passage type ({@code abstract}, {@code table_caption}, …). Plain paragraphs,
 * sentences and titles name no section.
 */
final class SectionLabel {

  private static final Map<String, String> SECTION_TYPES =
      Map.ofEntries(
          Map.entry("TITLE", "Title"),
          Map.entry("ABSTRACT", "Abstract"),
          Map.entry("INTRO", "Introduction"),
          Map.entry("METHODS", "Methods"),
          Map.entry("RESULTS", "Results"),
          Map.entry("DISCUSS", "Discussion"),
          Map.entry("CONCL", "Conclusions"),
          Map.entry("CASE", "Case report"),
          Map.entry("FIG", "Figure"),
          Map.entry("TABLE", "Table"),
          Map.entry("REF", "References"),
          Map.entry("SUPPL", "Supplementary material"),
          Map.entry("ACK_FUND", "Acknowledgements"),
          Map.entry("AUTH_CONT", "Author contributions"),
          Map.entry("COMP_INT", "Competing interests"),
          Map.entry("ABBR", "Abbreviations"),
          Map.entry("APPENDIX", "Appendix"),
          Map.entry("KEYWORD", "Keywords"),
          Map.entry("REVIEW_INFO", "Review information"));

  private static final Map<String, String> PASSAGE_TYPES =
      Map.ofEntries(
          Map.entry("abstract", "Abstract"),
          Map.entry("abstract_title_1", "Abstract"),
          Map.entry("fig_caption", "Figure"),
          Map.entry("fig_caption_title", "Figure"),
          Map.entry("fig_title_caption", "Figure"),
          Map.entry("table_caption", "Table"),
          Map.entry("table_title_caption", "Table"),
          Map.entry("table_caption_title", "Table"),
          Map.entry("table", "Table"),
          Map.entry("table_footnote", "Table"),
          Map.entry("ref", "References"),
          Map.entry("footnote", "Notes"));

  private SectionLabel() {}

  /** The section's name, or empty when the passage names none. */
  static String of(Passage passage) {
    String section = passage.infons().text("section_type").orElse("").strip();
    if (!section.isEmpty()) {
      String known = SECTION_TYPES.get(section.toUpperCase(Locale.ROOT));
      return known != null ? known : capitalised(section.replace('_', ' '));
    }
    return PASSAGE_TYPES.getOrDefault(passage.type().strip().toLowerCase(Locale.ROOT), "");
  }

  private static String capitalised(String words) {
    String lower = words.toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
