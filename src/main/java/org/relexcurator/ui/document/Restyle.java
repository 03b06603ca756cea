package org.relexcurator.ui.document;

import java.util.List;

/**
 * Style patches for one shown document, computed off the UI thread; the view applies them only to
 * the document they were made for.
 */
public record Restyle(ShownDocument target, List<StylePatch> patches) {

  public Restyle {
    patches = List.copyOf(patches);
  }
}
