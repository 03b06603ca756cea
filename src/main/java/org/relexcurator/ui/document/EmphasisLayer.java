package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Draws an {@link Emphasis} over the text as extra RichTextFX selections: shapes the area lays
 * behind the glyphs of each paragraph, styled by {@code document-view.css} ({@code .emphasis.e1}
 * and so on).
 *
 * <p>Why not style classes in the text: restyling a paragraph replaces its cell in the virtual
 * flow, whose height estimate then swings and the scroll bar clamps it, so the view jumped (to the
 * top of an abstract) on a click; and a bold E1 rewrapped the lines around it. Moving a selection
 * changes neither the text nor its layout.
 */
final class EmphasisLayer {

  /** The style class every emphasis shape has. */
  static final String SHAPE = "emphasis";

  private final StyleClassedTextArea area;
  private final Marks sentence = new Marks(Emphasis.CURRENT_SENTENCE);
  private final Marks first = new Marks(Emphasis.E1);
  private final Marks second = new Marks(Emphasis.E2);
  private final Marks focused = new Marks(Emphasis.FOCUSED);

  EmphasisLayer(StyleClassedTextArea area) {
    this.area = area;
  }

  void show(Emphasis emphasis) {
    sentence.cover(emphasis.sentence());
    first.cover(emphasis.first());
    second.cover(emphasis.second());
    focused.cover(emphasis.focused());
  }

  /**
   * One kind of mark: a selection per range, as many as the most fragmented mention so far needed.
   * Unused ones are emptied, which draws nothing.
   */
  private final class Marks {
    private final String kind;
    private final List<Selection<Collection<String>, String, Collection<String>>> selections =
        new ArrayList<>();

    Marks(String kind) {
      this.kind = kind;
    }

    void cover(List<TextRange> ranges) {
      while (selections.size() < ranges.size()) {
        Selection<Collection<String>, String, Collection<String>> selection =
            new SelectionImpl<>(
                kind + "-" + selections.size(),
                area,
                path -> path.getStyleClass().addAll(SHAPE, kind));
        area.addSelection(selection);
        selections.add(selection);
      }
      int length = area.getLength();
      for (int i = 0; i < selections.size(); i++) {
        Selection<Collection<String>, String, Collection<String>> selection = selections.get(i);
        if (i < ranges.size()) {
          TextRange range = ranges.get(i);
          selection.selectRange(Math.min(range.start(), length), Math.min(range.end(), length));
        } else {
          selection.selectRange(0, 0);
        }
      }
    }
  }
}
