package org.relexcurator.ui.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relexcurator.model.Entity;

/**
 * An entity mention as the document view shows it.
 *
 * @param index its place in reading order, which keyboard navigation follows
 * @param entity the mention
 * @param mappedType its PubTator3 type, empty when the type mapping has none
 * @param ranges where it shows, one range per fragment (several for a discontinuous mention)
 * @param repair what the reader did to its offsets, empty when they were kept as the file gave them
 *     (see {@link RepairedMentions})
 */
public record Mention(
    int index,
    Entity entity,
    Optional<String> mappedType,
    List<TextRange> ranges,
    Optional<String> repair) {

  static final String UNMAPPED = "unmapped";

  public Mention {
    ranges = List.copyOf(ranges);
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("mention " + entity.id() + " shows nowhere");
    }
  }

  /** The style class of its type: {@code type-gene}, …, or {@code type-unmapped}. */
  public String typeClass() {
    return typeClass(mappedType);
  }

  static String typeClass(Optional<String> mappedType) {
    return "type-" + mappedType.map(t -> t.toLowerCase(Locale.ROOT)).orElse(UNMAPPED);
  }

  public boolean covers(int displayPosition) {
    return ranges.stream().anyMatch(r -> r.contains(displayPosition));
  }

  public int displayStart() {
    return ranges.get(0).start();
  }

  /** Displayed characters, fragments summed: the smaller of two covering mentions is inner. */
  int displayLength() {
    return ranges.stream().mapToInt(TextRange::length).sum();
  }
}
