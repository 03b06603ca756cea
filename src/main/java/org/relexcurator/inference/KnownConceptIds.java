package org.relexcurator.inference;

import java.util.List;
import org.relexcurator.model.Entity;

/**
 * A mention's concept ids without the placeholders files write for "no concept" ({@code -}, {@code
 * -1}).
 */
final class KnownConceptIds {

  private KnownConceptIds() {}

  static List<String> of(Entity entity) {
    return entity.conceptIds().stream()
        .map(String::strip)
        .filter(id -> !id.isEmpty() && !id.equals("-") && !id.equals("-1"))
        .toList();
  }
}
