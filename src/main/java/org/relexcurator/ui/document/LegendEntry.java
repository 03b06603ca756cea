package org.relexcurator.ui.document;

import java.util.List;

/**
 * One line of the document's legend.
 *
 * @param label the PubTator3 type, or "Unmapped"
 * @param styleClass the type's style class, as the highlighted mentions carry it
 * @param count mentions of that type in the document
 * @param writtenTypes the types as the file writes them that map here
 */
public record LegendEntry(String label, String styleClass, int count, List<String> writtenTypes) {

  public LegendEntry {
    writtenTypes = List.copyOf(writtenTypes);
  }
}
