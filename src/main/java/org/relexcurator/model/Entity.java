package org.relexcurator.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity mention: one or more spans (several for a discontinuous mention), the text the file
 * gives for it, its type as written in the file, and its concept ids.
 *
 * <p>{@code conceptIds} holds one id per normalised concept: a composite mention such as CDR's
 * {@code D014786|D006311} has two, an id that the file marks as unknown ({@code -} or {@code -1})
 * is kept as written, and an id that itself contains separators (BioRED variant ids like {@code
 * p|SUB|P|29|S}) is one id. Splitting is the reader's job because only it knows the format.
 */
public record Entity(
    String id, String type, List<Span> spans, String text, List<String> conceptIds, Infons infons) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    conceptIds = List.copyOf(conceptIds);
    infons = infons == null ? Infons.empty() : infons;
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no span");
    }
  }

  /** The smallest span covering every fragment of the mention. */
  public Span extent() {
    return new Span(spans.get(0).start(), spans.get(spans.size() - 1).end());
  }

  public int start() {
    return spans.get(0).start();
  }

  public int end() {
    return spans.get(spans.size() - 1).end();
  }

  public boolean isDiscontinuous() {
    return spans.size() > 1;
  }

  public Entity withType(String newType) {
    return new Entity(id, newType, spans, text, conceptIds, infons);
  }

  public Entity withInfons(Infons newInfons) {
    return new Entity(id, type, spans, text, conceptIds, newInfons);
  }
}
