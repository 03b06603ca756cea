package org.relexcurator.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The id of a mention as a curator made or changed it: {@code +} then its spans and type, as in
 * {@code +12-20:Chemical} or {@code +4-9,15-20:Disease} for a discontinuous one.
 *
 * <p>The id is made from what the model sees of a mention, so that a mention made twice (by two
 * curators, or after an undo) is one mention with the same candidate pairs and their decisions, and
 * a resized or retyped mention is another one whose pairs are new. No reader gives ids that begin
 * with {@code +} (brat's are {@code T1}, PubTator's and BioC's are numbers in practice), and a
 * curator's mention that would take an id the document already has is refused, so the two never
 * collide. A concept id is no part of it: changing concept ids keeps a mention and its pairs.
 */
public final class CuratedMentionId {

  private static final String PREFIX = "+";

  private CuratedMentionId() {}

  public static String of(List<Span> spans, String type) {
    return PREFIX
        + spans.stream().map(Span::toString).collect(Collectors.joining(","))
        + ":"
        + type;
  }
}
