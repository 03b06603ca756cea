package org.relexcurator.io.brat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.relexcurator.io.MentionCheck;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;

/**
 * Reads one brat document from the content of its {@code .txt} and {@code .ann} files.
 *
 * <p>Events refer to events defined further down the file, so references are resolved only once
 * every line is known. A line that cannot be used is reported and skipped, and so is every
 * relation, attribute or note that depends on it. {@link BratInfons} says where attributes,
 * normalisations and notes go, {@link BratPassages} where passages end.
 */
final class BratDocumentReader {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final int QUOTED_LINE_LIMIT = 120;

  /** What reading one document gave. */
  record Result(Document document, List<Problem> problems) {}

  private record ReadRelation(Relation relation, int line) {}

  /** A line about another annotation, applied once every annotation is known. */
  private sealed interface Attachment {
    String target();

    int line();

    String id();
  }

  private record Attribute(
      String id, String target, int line, String name, Object value, boolean modifier)
      implements Attachment {}

  private record Normalization(
      String id, String target, int line, String type, String conceptId, String text)
      implements Attachment {}

  private record Note(String id, String target, int line, String text) implements Attachment {}

  private final String documentId;
  private final String annFile;
  private final DocumentText text;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<String, ReadRelation> binaryRelations = new LinkedHashMap<>();
  private final Map<String, ReadRelation> events = new LinkedHashMap<>();
  private final Map<String, ReadRelation> equivalences = new LinkedHashMap<>();
  private final List<Attachment> attachments = new ArrayList<>();
  private final Set<String> modifierNames = new TreeSet<>();

  private BratDocumentReader(String documentId, String textContent, String annFile) {
    this.documentId = documentId;
    this.annFile = annFile;
    this.text = new DocumentText(textContent);
  }

  /**
   * Reads a document.
   *
   * @param documentId the id the document gets
   * @param textContent the whole {@code .txt} file
   * @param annContent the whole {@code .ann} file, or {@code null} when there is none
   * @param annFile the {@code .ann} file as the user named it, for problems
   */
  static Result read(String documentId, String textContent, String annContent, String annFile) {
    return new BratDocumentReader(documentId, textContent, annFile).read(annContent);
  }

  private Result read(String annContent) {
    if (annContent != null) {
      readLines(annContent);
      dropRelationsWithMissingArguments();
    }
    Map<String, Infons> relationInfons = new LinkedHashMap<>();
    Map<String, List<String>> conceptIds = new LinkedHashMap<>();
    Map<String, Infons> entityInfons = new LinkedHashMap<>();
    applyAttachments(entityInfons, conceptIds, relationInfons);

    List<Entity> entityList = new ArrayList<>(entities.size());
    for (Entity entity : entities.values()) {
      entityList.add(
          new Entity(
              entity.id(),
              entity.type(),
              entity.spans(),
              entity.text(),
              conceptIds.getOrDefault(entity.id(), List.of()),
              entityInfons.getOrDefault(entity.id(), Infons.empty())));
    }
    List<Relation> relationList = new ArrayList<>();
    for (ReadRelation read : allRelations()) {
      Relation r = read.relation();
      relationList.add(
          new Relation(
              r.id(),
              r.type(),
              r.arguments(),
              relationInfons.getOrDefault(r.id(), Infons.empty())));
    }
    Infons documentInfons =
        modifierNames.isEmpty()
            ? Infons.empty()
            : Infons.of(BratInfons.MODIFIERS, List.copyOf(modifierNames));
    Document document =
        new Document(
            documentId,
            text,
            BratPassages.of(text, entityList),
            entityList,
            relationList,
            documentInfons);
    return new Result(document, problems);
  }

  private void readLines(String annContent) {
    String content = annContent.startsWith("\uFEFF") ? annContent.substring(1) : annContent;
    if (content.indexOf('\r') >= 0) {
      problems.add(
          Problem.warning(
              annFile,
              documentId,
              0,
              null,
              "Windows line ends (CR LF); the CR characters were ignored",
              null,
              null));
    }
    String[] lines = content.split("\r\n|\r|\n", -1);
    // The empty string after a final newline is not a line; a file without one loses nothing.
    int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      readLine(lines[i], i + 1);
    }
  }

  private void readLine(String line, int number) {
    if (line.isBlank()) {
      problems.add(
          Problem.warning(annFile, documentId, number, null, "blank line ignored", null, null));
      return;
    }
    int tab = line.indexOf('\t');
    if (tab < 0) {
      error(number, null, "no tab after the annotation id; line ignored", "ID<TAB>…", quoted(line));
      return;
    }
    String id = line.substring(0, tab);
    if (WHITE_SPACE.matcher(id).find()) {
      error(
          number, null, "white space in the annotation id; line ignored", "ID<TAB>…", quoted(line));
      return;
    }
    String rest = line.substring(tab + 1);
    switch (line.charAt(0)) {
      case 'T' -> readTextBound(id, rest, number, line);
      case 'R' -> readBinaryRelation(id, rest, number, line);
      case 'E' -> readEvent(id, rest, number, line);
      case '*' -> readEquivalence(rest, number, line);
      case 'A', 'M' -> readAttribute(id, rest, number, line);
      case 'N' -> readNormalization(id, rest, number, line);
      case '#' -> readNote(id, rest, number, line);
      default ->
          error(
              number,
              id,
              "unknown annotation kind '" + line.charAt(0) + "'; line ignored",
              "T, R, E, *, A, M, N or #",
              quoted(line));
    }
  }

  private void readTextBound(String id, String rest, int number, String line) {
    int tab = rest.indexOf('\t');
    String[] head = tab < 0 ? new String[0] : WHITE_SPACE.split(rest.substring(0, tab).strip(), 2);
    if (head.length < 2) {
      error(
          number,
          id,
          "malformed text-bound annotation; line ignored",
          "ID<TAB>TYPE START END<TAB>TEXT",
          quoted(line));
      return;
    }
    List<Span> spans = spans(head[1]);
    if (spans == null) {
      error(
          number,
          id,
          "malformed offsets; annotation dropped",
          "START END, or fragments START END;START END… in text order",
          head[1]);
      return;
    }
    if (isDuplicate(id, number)) {
      return;
    }
    String stated = rest.substring(tab + 1);
    MentionCheck.Outcome outcome = MentionCheck.check(text, spans, stated);
    if (outcome instanceof MentionCheck.Mismatch
        && DiscontinuousMentionText.matches(text, spans, stated)) {
      outcome = new MentionCheck.Exact(spans);
    }
    if (outcome instanceof MentionCheck.Exact exact) {
      entities.put(id, new Entity(id, head[0], exact.spans(), stated, List.of(), null));
    } else if (outcome instanceof MentionCheck.Moved moved) {
      problems.add(
          Problem.offsetsRepaired(
              annFile,
              documentId,
              number,
              id,
              "offsets " + head[1] + " moved by " + moved.delta() + " to where the stated text is",
              stated,
              moved.textAtGivenOffsets()));
      entities.put(id, new Entity(id, head[0], moved.spans(), stated, List.of(), null));
    } else if (outcome instanceof MentionCheck.Mismatch mismatch) {
      error(
          number,
          id,
          "offsets " + head[1] + " do not cover the stated text; annotation dropped",
          stated,
          mismatch.textAtGivenOffsets() != null
              ? mismatch.textAtGivenOffsets()
              : "offsets beyond the end of the text, which has " + text.length() + " characters");
    }
  }

  /** {@code 33 40;41 42} as spans, or {@code null} if malformed or out of order. */
  private static List<Span> spans(String field) {
    List<Span> spans = new ArrayList<>();
    int previousStart = 0;
    for (String fragment : field.split(";", -1)) {
      String[] bounds = WHITE_SPACE.split(fragment.strip());
      if (bounds.length != 2) {
        return null;
      }
      try {
        int start = Integer.parseInt(bounds[0]);
        int end = Integer.parseInt(bounds[1]);
        if (start < previousStart || end < start) {
          return null;
        }
        previousStart = start;
        spans.add(new Span(start, end));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return spans;
  }

  private void readBinaryRelation(String id, String rest, int number, String line) {
    String[] tokens = WHITE_SPACE.split(rest.strip());
    List<Argument> arguments = arguments(tokens, 1);
    if (tokens.length != 3 || arguments == null) {
      error(
          number,
          id,
          "malformed relation; line ignored",
          "ID<TAB>TYPE ROLE:ID ROLE:ID",
          quoted(line));
      return;
    }
    if (!isDuplicate(id, number)) {
      binaryRelations.put(
          id, new ReadRelation(new Relation(id, tokens[0], arguments, null), number));
    }
  }

  private void readEvent(String id, String rest, int number, String line) {
    String[] tokens = WHITE_SPACE.split(rest.strip());
    List<Argument> arguments = arguments(tokens, 0);
    if (tokens[0].isEmpty() || arguments == null) {
      error(
          number,
          id,
          "malformed event; line ignored",
          "ID<TAB>TYPE:TRIGGER ROLE:ID…",
          quoted(line));
      return;
    }
    String type = arguments.get(0).role();
    arguments.set(0, Argument.mention(BratInfons.TRIGGER_ROLE, arguments.get(0).ref()));
    if (!isDuplicate(id, number)) {
      events.put(id, new ReadRelation(new Relation(id, type, arguments, null), number));
    }
  }

  private void readEquivalence(String rest, int number, String line) {
    String[] tokens = WHITE_SPACE.split(rest.strip());
    if (tokens.length < 3 || tokens[0].isEmpty()) {
      error(number, null, "malformed equivalence; line ignored", "*<TAB>TYPE ID ID…", quoted(line));
      return;
    }
    List<Argument> arguments = new ArrayList<>();
    for (int i = 1; i < tokens.length; i++) {
      arguments.add(Argument.mention("Arg" + i, tokens[i]));
    }
    // Equivalences have no id in the file; number them in file order so that they have one.
    String id = BratInfons.EQUIVALENCE_ID_PREFIX + (equivalences.size() + 1);
    equivalences.put(id, new ReadRelation(new Relation(id, tokens[0], arguments, null), number));
  }

  /** {@code ROLE:ID} tokens from {@code from} on, or {@code null} if one is malformed. */
  private static List<Argument> arguments(String[] tokens, int from) {
    List<Argument> arguments = new ArrayList<>();
    for (int i = from; i < tokens.length; i++) {
      int colon = tokens[i].indexOf(':');
      if (colon <= 0 || colon == tokens[i].length() - 1) {
        return null;
      }
      arguments.add(
          Argument.mention(tokens[i].substring(0, colon), tokens[i].substring(colon + 1)));
    }
    return arguments;
  }

  private void readAttribute(String id, String rest, int number, String line) {
    String[] tokens = WHITE_SPACE.split(rest.strip());
    if (tokens.length < 2 || tokens.length > 3 || tokens[0].isEmpty()) {
      error(
          number,
          id,
          "malformed attribute; line ignored",
          "ID<TAB>NAME TARGET [VALUE]",
          quoted(line));
      return;
    }
    boolean modifier = line.charAt(0) == 'M';
    attachments.add(
        new Attribute(
            id,
            tokens[1],
            number,
            tokens[0],
            tokens.length == 2 ? Boolean.TRUE : tokens[2],
            modifier));
  }

  private void readNormalization(String id, String rest, int number, String line) {
    int tab = rest.indexOf('\t');
    String[] tokens = WHITE_SPACE.split((tab < 0 ? rest : rest.substring(0, tab)).strip());
    if (tokens.length != 3) {
      error(
          number,
          id,
          "malformed normalisation; line ignored",
          "ID<TAB>TYPE TARGET DB:ID<TAB>TEXT",
          quoted(line));
      return;
    }
    attachments.add(
        new Normalization(
            id, tokens[1], number, tokens[0], tokens[2], tab < 0 ? "" : rest.substring(tab + 1)));
  }

  private void readNote(String id, String rest, int number, String line) {
    int tab = rest.indexOf('\t');
    String[] tokens = WHITE_SPACE.split((tab < 0 ? rest : rest.substring(0, tab)).strip());
    if (tokens.length != 2) {
      error(
          number,
          id,
          "malformed note; line ignored",
          "ID<TAB>AnnotatorNotes TARGET<TAB>TEXT",
          quoted(line));
      return;
    }
    attachments.add(new Note(id, tokens[1], number, tab < 0 ? "" : rest.substring(tab + 1)));
  }

  private boolean isDuplicate(String id, int number) {
    if (entities.containsKey(id) || binaryRelations.containsKey(id) || events.containsKey(id)) {
      error(number, id, "the id is used twice; this annotation dropped", null, null);
      return true;
    }
    return false;
  }

  /** Drops relations whose arguments are missing, until none refers to a dropped one. */
  private void dropRelationsWithMissingArguments() {
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      for (Map<String, ReadRelation> kind : List.of(binaryRelations, events, equivalences)) {
        for (var it = kind.values().iterator(); it.hasNext(); ) {
          ReadRelation read = it.next();
          String missing = missingArgument(read.relation());
          if (missing != null) {
            it.remove();
            dropped = true;
            error(
                read.line(),
                read.relation().id(),
                "refers to "
                    + missing
                    + ", which is not in the file or was dropped; "
                    + "relation dropped",
                null,
                null);
          }
        }
      }
    }
  }

  private String missingArgument(Relation relation) {
    for (Argument argument : relation.arguments()) {
      String ref = argument.ref();
      if (!entities.containsKey(ref)
          && !binaryRelations.containsKey(ref)
          && !events.containsKey(ref)) {
        return ref;
      }
    }
    return null;
  }

  private void applyAttachments(
      Map<String, Infons> entityInfons,
      Map<String, List<String>> conceptIds,
      Map<String, Infons> relationInfons) {
    for (Attachment attachment : attachments) {
      String target = attachment.target();
      Map<String, Infons> infons;
      if (entities.containsKey(target)) {
        infons = entityInfons;
      } else if (binaryRelations.containsKey(target) || events.containsKey(target)) {
        infons = relationInfons;
      } else {
        error(
            attachment.line(),
            attachment.id(),
            "refers to " + target + ", which is not in the file or was dropped; line ignored",
            null,
            null);
        continue;
      }
      Infons current = infons.getOrDefault(target, Infons.empty());
      if (attachment instanceof Attribute a) {
        infons.put(target, current.with(BratInfons.ATTRIBUTE_PREFIX + a.name(), a.value()));
        if (a.modifier()) {
          modifierNames.add(a.name());
        }
      } else if (attachment instanceof Normalization n) {
        infons.put(
            target,
            current.with(
                BratInfons.NORMALIZATION_PREFIX + n.conceptId(), List.of(n.type(), n.text())));
        if (infons == entityInfons) {
          List<String> ids = conceptIds.computeIfAbsent(target, k -> new ArrayList<>());
          if (!ids.contains(n.conceptId())) {
            ids.add(n.conceptId());
          }
        }
      } else if (attachment instanceof Note n) {
        infons.put(
            target,
            current.with(
                BratInfons.NOTE, withNote(current.values().get(BratInfons.NOTE), n.text())));
      }
    }
  }

  /** One note as text, several as a list in file order. */
  private static Object withNote(Object existing, String note) {
    if (existing == null) {
      return note;
    }
    List<Object> notes = new ArrayList<>();
    if (existing instanceof Collection<?> list) {
      notes.addAll(list);
    } else {
      notes.add(existing);
    }
    notes.add(note);
    return notes;
  }

  private Iterable<ReadRelation> allRelations() {
    List<ReadRelation> all = new ArrayList<>(binaryRelations.values());
    all.addAll(events.values());
    all.addAll(equivalences.values());
    return all;
  }

  private void error(int line, String annotationId, String message, String expected, String found) {
    problems.add(Problem.error(annFile, documentId, line, annotationId, message, expected, found));
  }

  private static String quoted(String line) {
    return line.length() <= QUOTED_LINE_LIMIT ? line : line.substring(0, QUOTED_LINE_LIMIT) + "…";
  }
}
