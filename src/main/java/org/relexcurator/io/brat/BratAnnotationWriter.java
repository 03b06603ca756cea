package org.relexcurator.io.brat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;

/**
 * Writes the {@code .ann} content of one document.
 *
 * <p>Lines come in a fixed order — T, R, E, *, A/M, N, # — each group in document order, so the
 * same document always gives the same bytes. Ids that brat accepts are kept; others (entities from
 * PubTator, say) get fresh ones, and the arguments follow. Attribute, normalisation and note lines
 * are numbered afresh.
 *
 * <p>What brat cannot express is left out: relations with concept-level arguments (BioRED's),
 * relations with other than two arguments that are neither events nor equivalences, and relations
 * with an argument that is not written.
 */
final class BratAnnotationWriter {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAKS = Pattern.compile("[\r\n]");

  private final Document document;
  private final Map<String, String> bratIds = new HashMap<>();
  private final Set<String> usedIds = new HashSet<>();
  private final List<Relation> binaryRelations = new ArrayList<>();
  private final List<Relation> events = new ArrayList<>();
  private final List<Relation> equivalences = new ArrayList<>();
  private final Set<String> modifierNames = new HashSet<>();
  private final StringBuilder out = new StringBuilder();
  private int attributeCount;
  private int modifierCount;
  private int normalizationCount;
  private int noteCount;

  private BratAnnotationWriter(Document document) {
    this.document = document;
    Object modifiers = document.infons().values().get(BratInfons.MODIFIERS);
    if (modifiers instanceof Collection<?> names) {
      names.forEach(name -> modifierNames.add(String.valueOf(name)));
    } else if (modifiers != null) {
      modifierNames.add(String.valueOf(modifiers));
    }
  }

  static String render(Document document) {
    return new BratAnnotationWriter(document).render();
  }

  private String render() {
    sortRelations();
    assignIds();
    dropRelationsWithUnwrittenArguments();
    document.entities().forEach(this::writeTextBound);
    binaryRelations.forEach(this::writeBinaryRelation);
    events.forEach(this::writeEvent);
    equivalences.forEach(this::writeEquivalence);
    Map<String, Infons> targets = writtenTargets();
    targets.forEach(this::writeAttributes);
    writeNormalizations();
    targets.forEach(this::writeNotes);
    return out.toString();
  }

  private void sortRelations() {
    for (Relation relation : document.relations()) {
      if (relation.arguments().stream().anyMatch(a -> a.level() != Argument.Level.MENTION)) {
        continue;
      }
      if (relation.id().startsWith(BratInfons.EQUIVALENCE_ID_PREFIX)
          && relation.arguments().size() >= 2) {
        equivalences.add(relation);
      } else if (isEvent(relation)) {
        events.add(relation);
      } else if (relation.isBinary()) {
        binaryRelations.add(relation);
      }
    }
  }

  /** Read from an E line, or with a trigger and not binary; an R line may name a role "Trigger". */
  private static boolean isEvent(Relation relation) {
    return !relation.arguments().isEmpty()
        && relation.first().role().equals(BratInfons.TRIGGER_ROLE)
        && (relation.id().startsWith("E") || !relation.isBinary());
  }

  /** Keeps the ids brat accepts first, so that fresh ids never take one of them. */
  private void assignIds() {
    document.entities().forEach(e -> keep(e.id(), 'T'));
    binaryRelations.forEach(r -> keep(r.id(), 'R'));
    events.forEach(r -> keep(r.id(), 'E'));
    document.entities().forEach(e -> assignFresh(e.id(), 'T'));
    binaryRelations.forEach(r -> assignFresh(r.id(), 'R'));
    events.forEach(r -> assignFresh(r.id(), 'E'));
  }

  /** An id such as {@code T12} or {@code T2_cancer} is kept, once. */
  private void keep(String id, char prefix) {
    if (!id.isEmpty()
        && id.charAt(0) == prefix
        && !WHITE_SPACE.matcher(id).find()
        && !bratIds.containsKey(id)
        && usedIds.add(id)) {
      bratIds.put(id, id);
    }
  }

  private void assignFresh(String id, char prefix) {
    if (bratIds.containsKey(id)) {
      return;
    }
    int number = 1;
    while (usedIds.contains(prefix + Integer.toString(number))) {
      number++;
    }
    String fresh = prefix + Integer.toString(number);
    usedIds.add(fresh);
    bratIds.put(id, fresh);
  }

  private void dropRelationsWithUnwrittenArguments() {
    boolean dropped;
    do {
      Set<String> written = new HashSet<>();
      document.entities().forEach(e -> written.add(e.id()));
      binaryRelations.forEach(r -> written.add(r.id()));
      events.forEach(r -> written.add(r.id()));
      dropped =
          binaryRelations.removeIf(r -> !allIn(r, written))
              | events.removeIf(r -> !allIn(r, written))
              | equivalences.removeIf(r -> !allIn(r, written));
    } while (dropped);
  }

  private static boolean allIn(Relation relation, Set<String> ids) {
    return relation.arguments().stream().allMatch(a -> ids.contains(a.ref()));
  }

  private void writeTextBound(Entity entity) {
    List<String> fragments = new ArrayList<>();
    for (Span span : entity.spans()) {
      fragments.add(span.start() + " " + span.end());
    }
    out.append(bratIds.get(entity.id()))
        .append('\t')
        .append(token(entity.type()))
        .append(' ')
        .append(String.join(";", fragments))
        .append('\t')
        .append(oneLine(entity.text()))
        .append('\n');
  }

  private void writeBinaryRelation(Relation relation) {
    out.append(bratIds.get(relation.id())).append('\t').append(token(relation.type()));
    writeArguments(relation.arguments());
  }

  private void writeEvent(Relation relation) {
    out.append(bratIds.get(relation.id()))
        .append('\t')
        .append(name(relation.type()))
        .append(':')
        .append(bratIds.get(relation.first().ref()));
    writeArguments(relation.arguments().subList(1, relation.arguments().size()));
  }

  private void writeArguments(List<Argument> arguments) {
    for (Argument argument : arguments) {
      out.append(' ').append(name(argument.role())).append(':').append(bratIds.get(argument.ref()));
    }
    out.append('\n');
  }

  private void writeEquivalence(Relation relation) {
    out.append("*\t").append(token(relation.type()));
    relation.arguments().forEach(a -> out.append(' ').append(bratIds.get(a.ref())));
    out.append('\n');
  }

  private void writeAttributes(String target, Infons infons) {
    infons
        .values()
        .forEach(
            (key, value) -> {
              if (!key.startsWith(BratInfons.ATTRIBUTE_PREFIX)
                  || value == null
                  || Boolean.FALSE.equals(value)) {
                return;
              }
              String attribute = key.substring(BratInfons.ATTRIBUTE_PREFIX.length());
              out.append(
                      modifierNames.contains(attribute)
                          ? "M" + ++modifierCount
                          : "A" + ++attributeCount)
                  .append('\t')
                  .append(token(attribute))
                  .append(' ')
                  .append(target);
              if (!Boolean.TRUE.equals(value)) {
                out.append(' ').append(token(Infons.asText(value)));
              }
              out.append('\n');
            });
  }

  private void writeNormalizations() {
    for (Entity entity : document.entities()) {
      for (String conceptId : entity.conceptIds()) {
        writeNormalization(bratIds.get(entity.id()), conceptId, entity.infons());
      }
    }
    for (Relation relation : writtenRelations()) {
      for (String key : relation.infons().values().keySet()) {
        if (key.startsWith(BratInfons.NORMALIZATION_PREFIX)) {
          writeNormalization(
              bratIds.get(relation.id()),
              key.substring(BratInfons.NORMALIZATION_PREFIX.length()),
              relation.infons());
        }
      }
    }
  }

  /** Type and name come from the infon the reader keeps; ids from other formats get defaults. */
  private void writeNormalization(String target, String conceptId, Infons infons) {
    String type = "Reference";
    String name = "";
    if (infons.values().get(BratInfons.NORMALIZATION_PREFIX + conceptId) instanceof List<?> stored
        && stored.size() == 2) {
      type = String.valueOf(stored.get(0));
      name = String.valueOf(stored.get(1));
    }
    out.append('N')
        .append(++normalizationCount)
        .append('\t')
        .append(token(type))
        .append(' ')
        .append(target)
        .append(' ')
        .append(token(conceptId))
        .append('\t')
        .append(oneLine(name))
        .append('\n');
  }

  private void writeNotes(String target, Infons infons) {
    Object notes = infons.values().get(BratInfons.NOTE);
    List<?> each =
        notes instanceof List<?> list ? list : notes == null ? List.of() : List.of(notes);
    for (Object note : each) {
      out.append('#')
          .append(++noteCount)
          .append("\tAnnotatorNotes ")
          .append(target)
          .append('\t')
          .append(oneLine(Infons.asText(note)))
          .append('\n');
    }
  }

  /** Infons of every written entity and relation, by brat id, in the order they are written. */
  private Map<String, Infons> writtenTargets() {
    Map<String, Infons> targets = new LinkedHashMap<>();
    document.entities().forEach(e -> targets.put(bratIds.get(e.id()), e.infons()));
    writtenRelations().forEach(r -> targets.put(bratIds.get(r.id()), r.infons()));
    return targets;
  }

  private List<Relation> writtenRelations() {
    List<Relation> written = new ArrayList<>(binaryRelations);
    written.addAll(events);
    return written;
  }

  /** Types and values are single tokens in brat. */
  private static String token(String value) {
    String joined = WHITE_SPACE.matcher(value.strip()).replaceAll("_");
    return joined.isEmpty() ? "_" : joined;
  }

  /** Roles and event types are followed by {@code :ID}, so they cannot contain a colon. */
  private static String name(String value) {
    return token(value).replace(':', '_');
  }

  /** Free text runs to the end of its line, tabs included, so only line breaks must go. */
  private static String oneLine(String value) {
    return LINE_BREAKS.matcher(value).replaceAll(" ");
  }
}
