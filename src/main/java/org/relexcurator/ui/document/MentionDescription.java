package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The text shown over mentions under the mouse: type as written and mapped, concept ids, and what
 * the reader repaired.
 */
final class MentionDescription {

  private MentionDescription() {}

  /** One paragraph per mention, the outermost first; empty for no mention. */
  static String of(List<Mention> mentions, Mention first, Mention second) {
    List<String> paragraphs = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      List<String> lines = new ArrayList<>(5);
      lines.add("\u201c" + mention.entity().text() + "\u201d");
      String written = mention.entity().type();
      lines.add(
          mention
              .mappedType()
              .map(
                  type ->
                      "Type: " + type + (type.equals(written) ? "" : " (written " + written + ")"))
              .orElse("Type: " + written + " (not a PubTator3 type; the model never pairs it)"));
      List<String> ids = mention.entity().conceptIds();
      lines.add(ids.isEmpty() ? "Concept ids: none" : "Concept ids: " + String.join(", ", ids));
      if (mention.entity().isDiscontinuous()) {
        lines.add("Discontinuous: " + mention.entity().spans().size() + " fragments");
      }
      mention.repair().ifPresent(lines::add);
      if (mention == first) {
        lines.add("E1 of the picked pair");
      } else if (mention == second) {
        lines.add("E2 of the picked pair");
      }
      paragraphs.add(String.join("\n", lines));
    }
    return String.join("\n\n", paragraphs);
  }
}
