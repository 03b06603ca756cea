package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;

/**
 * The text the document view shows, built from a document's passages rather than from its
 * gap-filled text: the title, then each passage as a paragraph, with a section heading where the
 * passages' infons or types start a new section. Knows where each passage landed, so that document
 * offsets (code points) map to displayed positions (UTF-16, as JavaFX counts) and back.
 *
 * <p>Line breaks inside passages keep their length: RichTextFX counts {@code \r\n} as one paragraph
 * break, so its {@code \r} is shown as a space, and a lone {@code \r} as {@code \n}.
 */
public final class DisplayedText {

  /**
   * A stretch of the displayed text: a passage, or a section heading the view adds ({@code passage}
   * null). {@code documentUtf16Start} is where the passage starts in the document's Java string.
   */
  record Block(TextRange range, String styleClass, Passage passage, int documentUtf16Start) {

    boolean isAddedHeading() {
      return passage == null;
    }
  }

  static final String ADDED_HEADING_CLASS = "section-label";

  private final DocumentText source;
  private final String text;
  private final List<Block> blocks;
  private final List<Block> passageBlocks;

  private DisplayedText(DocumentText source, String text, List<Block> blocks) {
    this.source = source;
    this.text = text;
    this.blocks = List.copyOf(blocks);
    this.passageBlocks = blocks.stream().filter(b -> !b.isAddedHeading()).toList();
  }

  /** Lays out a document's passages; a document without passages shows its whole text. */
  public static DisplayedText of(Document document) {
    List<Passage> passages = new ArrayList<>(document.passages());
    if (passages.isEmpty()) {
      passages.add(new Passage("", new Span(0, document.text().length())));
    }
    passages.sort(Comparator.comparing(Passage::span));
    StringBuilder shown = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    boolean titleSeen = false;
    String section = "";
    String captionSection = "";
    int lastEnd = -1;
    for (Passage passage : passages) {
      if (passage.span().length() == 0 || passage.span().start() < lastEnd) {
        continue; // nothing to show, or overlapping a passage shown already
      }
      lastEnd = passage.span().end();
      PassageRole role = PassageRole.of(passage, titleSeen);
      titleSeen |= role == PassageRole.TITLE;
      String label = SectionLabel.of(passage);
      String heading = "";
      if (role.isCaption()) {
        heading = label.equals(captionSection) ? "" : label;
        captionSection = label;
      } else {
        captionSection = "";
        if (role == PassageRole.BODY && !label.equals(section)) {
          heading = label;
        }
        section = label;
      }
      if (!heading.isEmpty()) {
        int start = separate(shown, blocks, true);
        shown.append(heading);
        blocks.add(new Block(new TextRange(start, shown.length()), ADDED_HEADING_CLASS, null, -1));
      }
      int start = separate(shown, blocks, role.isHeading());
      shown.append(withLineBreaksOfSameLength(document.passageText(passage)));
      blocks.add(
          new Block(
              new TextRange(start, shown.length()),
              role.styleClass(),
              passage,
              document.text().toUtf16(passage.span().start())));
    }
    return new DisplayedText(document.text(), shown.toString(), blocks);
  }

  /**
   * A blank line between blocks, a plain line break between a heading and the text it heads;
   * returns where the next block starts.
   */
  private static int separate(StringBuilder shown, List<Block> blocks, boolean nextIsHeading) {
    if (!blocks.isEmpty()) {
      Block previous = blocks.get(blocks.size() - 1);
      boolean afterHeading =
          previous.isAddedHeading()
              || previous.styleClass().equals(PassageRole.HEADING_1.styleClass())
              || previous.styleClass().equals(PassageRole.HEADING_2.styleClass());
      shown.append(afterHeading && !nextIsHeading ? "\n" : "\n\n");
    }
    return shown.length();
  }

  private static String withLineBreaksOfSameLength(String passageText) {
    if (passageText.indexOf('\r') < 0) {
      return passageText;
    }
    StringBuilder out = new StringBuilder(passageText);
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\r') {
        boolean pair = i + 1 < out.length() && out.charAt(i + 1) == '\n';
        out.setCharAt(i, pair ? ' ' : '\n');
      }
    }
    return out.toString();
  }

  /** The displayed text. */
  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  List<Block> blocks() {
    return blocks;
  }

  /**
   * The displayed position of a document offset (code points); an offset at the end of a passage
   * maps to the end of its paragraph. Empty for offsets between passages.
   */
  public OptionalInt toDisplay(int codePointOffset) {
    int i = firstPassageEndingAtOrAfter(codePointOffset);
    if (i < passageBlocks.size()
        && passageBlocks.get(i).passage().span().start() <= codePointOffset) {
      return OptionalInt.of(displayed(passageBlocks.get(i), codePointOffset));
    }
    return OptionalInt.empty();
  }

  /**
   * Where a span of the document shows: one range per passage it touches, without the line breaks
   * and headings between them; empty if it lies outside every passage.
   */
  public List<TextRange> toDisplay(Span span) {
    List<TextRange> ranges = new ArrayList<>(1);
    for (int i = firstPassageEndingAtOrAfter(span.start() + 1); i < passageBlocks.size(); i++) {
      Block block = passageBlocks.get(i);
      Span passage = block.passage().span();
      if (passage.start() >= span.end()) {
        break;
      }
      int start = Math.max(span.start(), passage.start());
      int end = Math.min(span.end(), passage.end());
      if (start < end) {
        ranges.add(new TextRange(displayed(block, start), displayed(block, end)));
      }
    }
    return ranges;
  }

  /**
   * The document offset (code points) of a displayed position; empty for positions in headings the
   * view added and in the line breaks between passages. A position inside a surrogate pair rounds
   * down to its character.
   */
  public OptionalInt toDocument(int displayPosition) {
    int low = 0;
    int high = passageBlocks.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Block block = passageBlocks.get(middle);
      if (displayPosition < block.range().start()) {
        high = middle - 1;
      } else if (displayPosition > block.range().end()) {
        low = middle + 1;
      } else {
        int utf16 = block.documentUtf16Start() + displayPosition - block.range().start();
        return OptionalInt.of(source.toCodePoint(utf16));
      }
    }
    return OptionalInt.empty();
  }

  private int displayed(Block block, int codePointOffset) {
    return block.range().start() + source.toUtf16(codePointOffset) - block.documentUtf16Start();
  }

  /** The first passage (in order) whose end is at or after the offset. */
  private int firstPassageEndingAtOrAfter(int codePointOffset) {
    int low = 0;
    int high = passageBlocks.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (passageBlocks.get(middle).passage().span().end() < codePointOffset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
