package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Span;
import org.relexcurator.task.TaskMonitor;

/**
 * A document made ready for the view, all of it off the UI thread: split into sentences where the
 * file gave none, laid out as displayed text, its mentions in reading order with their mapped
 * types, the legend, and the highlighted text as a RichTextFX document that the view swaps in with
 * one call.
 */
public final class ShownDocument {

  private static final String UNMAPPED_LABEL = "Unmapped";

  private final Document document;
  private final DisplayedText text;
  private final List<Mention> mentions;
  private final Map<String, Mention> mentionById;
  private final List<LegendEntry> legend;
  private final StyleSpans<Collection<String>> baseStyles;
  private final ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styled;

  private ShownDocument(
      Document document,
      DisplayedText text,
      List<Mention> mentions,
      List<LegendEntry> legend,
      StyleSpans<Collection<String>> baseStyles,
      ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styled) {
    this.document = document;
    this.text = text;
    this.mentions = List.copyOf(mentions);
    this.legend = List.copyOf(legend);
    this.baseStyles = baseStyles;
    this.styled = styled;
    this.mentionById = new HashMap<>();
    mentions.forEach(m -> mentionById.putIfAbsent(m.entity().id(), m));
  }

  /**
   * Prepares a document; long documents check the monitor between steps.
   *
   * @param repairs notes on the mentions whose offsets the reader repaired, by mention id
   */
  public static ShownDocument prepare(
      Document read,
      EntityTypeMapping types,
      SentenceSplitter splitter,
      Map<String, String> repairs,
      TaskMonitor monitor) {
    Document document = read.withSentences(splitter::split);
    monitor.checkCancelled();
    DisplayedText text = DisplayedText.of(document);
    List<Mention> mentions = mentionsOf(document, text, types, repairs);
    monitor.checkCancelled();
    StyleSpans<Collection<String>> base =
        ClassSpans.layered(structureOf(text), MentionLayer.of(text.length(), mentions));
    monitor.checkCancelled();
    return new ShownDocument(
        document, text, mentions, legendOf(mentions), base, styledText(text.text(), base));
  }

  private static List<Mention> mentionsOf(
      Document document, DisplayedText text, EntityTypeMapping types, Map<String, String> repairs) {
    List<Entity> entities = new ArrayList<>(document.entities());
    entities.sort(Comparator.comparing(Entity::extent).thenComparing(Entity::id));
    List<Mention> mentions = new ArrayList<>(entities.size());
    for (Entity entity : entities) {
      List<TextRange> ranges = new ArrayList<>(entity.spans().size());
      for (Span span : entity.spans()) {
        if (span.end() <= document.text().length()) {
          ranges.addAll(text.toDisplay(span));
        }
      }
      if (!ranges.isEmpty()) {
        mentions.add(
            new Mention(
                mentions.size(),
                entity,
                types.map(entity),
                ranges,
                Optional.ofNullable(repairs.get(entity.id()))));
      }
    }
    return mentions;
  }

  private static StyleSpans<Collection<String>> structureOf(DisplayedText text) {
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    int at = 0;
    for (DisplayedText.Block block : text.blocks()) {
      spans.add(ClassSpans.NONE, block.range().start() - at);
      spans.add(List.of(block.styleClass()), block.range().length());
      at = block.range().end();
    }
    spans.add(ClassSpans.NONE, text.length() - at);
    return spans.create();
  }

  /** Mapped types in PubTator3's order, then the unmapped ones. */
  private static List<LegendEntry> legendOf(List<Mention> mentions) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Set<String>> written = new HashMap<>();
    for (Mention mention : mentions) {
      String label = mention.mappedType().orElse(UNMAPPED_LABEL);
      counts.merge(label, 1, Integer::sum);
      written.computeIfAbsent(label, k -> new LinkedHashSet<>()).add(mention.entity().type());
    }
    List<LegendEntry> legend = new ArrayList<>();
    List<String> order = new ArrayList<>(EntityTypeMapping.PUBTATOR3_TYPES);
    order.add(UNMAPPED_LABEL);
    for (String label : order) {
      if (counts.containsKey(label)) {
        Optional<String> type =
            label.equals(UNMAPPED_LABEL) ? Optional.empty() : Optional.of(label);
        legend.add(
            new LegendEntry(
                label,
                Mention.typeClass(type),
                counts.get(label),
                new ArrayList<>(written.get(label))));
      }
    }
    return legend;
  }

  /** One RichTextFX paragraph per displayed line, each with its slice of the style spans. */
  private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styledText(
      String text, StyleSpans<Collection<String>> styles) {
    ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
        new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), ClassSpans.NONE);
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      int lineEnd = end < 0 ? text.length() : end;
      if (lineEnd == start) {
        builder.addParagraph("", ClassSpans.NONE);
      } else {
        builder.addParagraph(text.substring(start, lineEnd), styles.subView(start, lineEnd));
      }
      if (end < 0) {
        return builder.build();
      }
      start = end + 1;
    }
  }

  /** The document, split into sentences. */
  public Document document() {
    return document;
  }

  public DisplayedText text() {
    return text;
  }

  /** Shown mentions in reading order: by start, a longer one before a shorter one. */
  public List<Mention> mentions() {
    return mentions;
  }

  public Optional<Mention> mention(String entityId) {
    return Optional.ofNullable(mentionById.get(entityId));
  }

  public List<LegendEntry> legend() {
    return legend;
  }

  /** The styles of every character before sentence, pair and focus emphasis. */
  public StyleSpans<Collection<String>> baseStyles() {
    return baseStyles;
  }

  /** The displayed text with its base styles, for the view to swap in. */
  public ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styledText() {
    return styled;
  }

  /** The mentions covering a displayed position, the outermost first. */
  public List<Mention> mentionsAt(int displayPosition) {
    List<Mention> covering = new ArrayList<>(2);
    for (Mention mention : mentions) {
      if (mention.covers(displayPosition)) {
        covering.add(mention);
      }
    }
    covering.sort(Comparator.comparingInt(Mention::displayLength).reversed());
    return covering;
  }

  /**
   * The sentence a mention lies in; a mention outside every sentence counts its passage, or itself,
   * as its sentence.
   */
  public Span sentenceOf(Entity entity) {
    return document.enclosingUnit(entity.extent());
  }
}
