package org.relexcurator.ui.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.relexcurator.inference.CandidateGenerator;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.HandPickedPair;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Span;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.keys.KeyAction;

/**
 * What the document view shows and how the curator picks a pair in it.
 *
 * <p>{@link #show} prepares a document off the UI thread ({@link ShownDocument}); a newer request
 * cancels an older one, whose result is dropped. Picking: a click on a mention makes it E1, a click
 * on another makes it E2, and a click once both are set starts over with a new E1. From the
 * keyboard, {@link #focusNext}/{@link #focusPrevious} walk the mentions in reading order (wrapping
 * around), {@link #assignFirst}/{@link #assignSecond} give the focused mention a role (taking it
 * from the other role swaps the two), {@link #swap} swaps E1 and E2 and {@link #clear} drops both.
 * A pair picked across sentences or with a type pair the relation specs do not list is allowed and
 * flagged. {@link #showPair} sets a pair from outside, e.g. from the review queue, and asks the
 * view to scroll to it; {@link #showMention} focuses one mention from outside, e.g. from the
 * problems pane.
 *
 * <p>Each change of sentence, pair or focus gives a new {@link ShownEmphasis}, which the view draws
 * over the text without restyling it (see {@link EmphasisLayer}).
 */
public final class DocumentViewModel {

  /** Longer mention texts are cut in the E1/E2 badges, so that both fit beside the flags. */
  private static final int BADGE_TEXT_LIMIT = 40;

  private static final System.Logger LOG = System.getLogger(DocumentViewModel.class.getName());

  private final TaskExecutor executor;
  private final CandidateGenerator pairs;
  private final EntityTypeMapping types;
  private final SentenceSplitter splitter;

  private final ReadOnlyObjectWrapper<ShownDocument> shown = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  static final String NO_FOCUSED_MENTION =
      "No mention has the focus: click one, or Tab to it in the text ("
          + KeyAction.NEXT_MENTION_ANYWHERE.firstKeyText()
          + " from any pane)";
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Mention> focused = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Mention> first = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Mention> second = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<HandPickedPair> picked = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper firstBadge = new ReadOnlyStringWrapper(badge("E1", null));
  private final ReadOnlyStringWrapper secondBadge = new ReadOnlyStringWrapper(badge("E2", null));
  private final ReadOnlyObjectWrapper<PairFlag> sentenceFlag = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<PairFlag> specsFlag = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ShownEmphasis> emphasis = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ScrollRequest> scroll = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");

  private RunningTask loadTask;
  private long loadSerial;
  private CandidatePair pendingPair;

  /** The document that {@link #show} was given for the one shown now. */
  private Document shownSource;

  private MentionRequest pendingMention;
  private RepairedMentions repairs = RepairedMentions.NONE;
  private long scrollSerial;

  public DocumentViewModel(
      TaskExecutor executor,
      CandidateGenerator pairs,
      EntityTypeMapping types,
      SentenceSplitter splitter) {
    this.executor = executor;
    this.pairs = pairs;
    this.types = types;
    this.splitter = splitter;
  }

  /** With the bundled relation specs and type mapping and the standard sentence splitter. */
  public static DocumentViewModel standard(TaskExecutor executor) {
    EntityTypeMapping types = EntityTypeMapping.bundled();
    return new DocumentViewModel(
        executor,
        new CandidateGenerator(RelationSpecs.bundled(), types),
        types,
        new SentenceSplitter());
  }

  /** A mention to focus once its document is shown. */
  private record MentionRequest(String documentId, String entityId) {}

  /** Marks these repaired mentions in the documents shown from now on. */
  public void useRepairs(RepairedMentions repairs) {
    this.repairs = repairs;
  }

  /** Shows a document, with no pair picked. */
  public void show(Document document) {
    show(document, null);
  }

  /**
   * Shows a document and, once it is shown, picks the given pair of it and scrolls there. A pair of
   * the document already shown is picked in place ({@link #showPair}): the text is not laid out
   * again from its top.
   */
  public void show(Document document, CandidatePair pair) {
    if (pair != null && !loading.get() && isShowing(document)) {
      showPair(pair);
      return;
    }
    cancel(loadTask);
    long serial = ++loadSerial;
    pendingPair = pair;
    loading.set(true);
    message.set("");
    Map<String, String> notes = repairs.of(document.id());
    loadTask =
        executor.submit(
            "Show document " + document.id(),
            monitor -> ShownDocument.prepare(document, types, splitter, notes, monitor),
            TaskCallbacks.of(
                ready -> {
                  if (serial == loadSerial) {
                    shownSource = document;
                    display(ready);
                  }
                },
                error -> {
                  if (serial == loadSerial) {
                    loadFailed(document, error);
                  }
                }));
  }

  private void display(ShownDocument ready) {
    loading.set(false);
    focused.set(null);
    first.set(null);
    second.set(null);
    hoverText.set("");
    shown.set(ready);
    CandidatePair pair = pendingPair;
    pendingPair = null;
    MentionRequest mention = pendingMention;
    pendingMention = null;
    if (pair != null && pair.documentId().equals(ready.document().id())) {
      pick(pair);
    } else if (mention == null
        || !mention.documentId().equals(ready.document().id())
        || !focusOn(mention.entityId())) {
      changed(false);
    }
  }

  private void loadFailed(Document document, Throwable error) {
    loading.set(false);
    if (error instanceof CancelledException) {
      return;
    }
    LOG.log(System.Logger.Level.WARNING, "cannot show document " + document.id(), error);
    message.set("Cannot show document " + document.id() + ": " + error.getMessage());
  }

  /**
   * Picks a pair of the shown document, as the review queue does, and scrolls to it. While that
   * document is still being prepared, the pair waits for it; a pair of another document is ignored,
   * and so is the pair already picked: it was picked in the text, by clicks that must not move it.
   */
  public void showPair(CandidatePair pair) {
    if (loading.get()) {
      pendingPair = pair;
    } else if (shown.get() != null
        && pair.documentId().equals(shown.get().document().id())
        && !isPicked(pair)) {
      pick(pair);
    }
  }

  private boolean isShowing(Document document) {
    return shown.get() != null && shownSource == document;
  }

  private boolean isPicked(CandidatePair pair) {
    return first.get() != null
        && second.get() != null
        && first.get().entity().id().equals(pair.first().id())
        && second.get().entity().id().equals(pair.second().id());
  }

  /**
   * Focuses a mention of the shown document and scrolls to it. While a document is being prepared,
   * the request waits for it; a request for another document, or for a mention the document does
   * not show, is ignored.
   */
  public void showMention(String documentId, String entityId) {
    if (loading.get()) {
      pendingMention = new MentionRequest(documentId, entityId);
    } else if (shown.get() != null && documentId.equals(shown.get().document().id())) {
      focusOn(entityId);
    }
  }

  /** Whether the shown document has that mention, which is then focused. */
  private boolean focusOn(String entityId) {
    Optional<Mention> mention = shown.get().mention(entityId);
    mention.ifPresent(
        m -> {
          focused.set(m);
          changed(true);
        });
    return mention.isPresent();
  }

  private void pick(CandidatePair pair) {
    ShownDocument document = shown.get();
    Optional<Mention> e1 = document.mention(pair.first().id());
    Optional<Mention> e2 = document.mention(pair.second().id());
    if (e1.isEmpty() || e2.isEmpty()) {
      message.set("Pair " + pair.key() + " names a mention this document does not show");
      return;
    }
    first.set(e1.get());
    second.set(e2.get());
    focused.set(e1.get());
    changed(false);
    requestScroll(Math.min(e1.get().displayStart(), e2.get().displayStart()));
  }

  /** A click on the displayed text: the innermost mention there takes the next free role. */
  public void clickAt(int displayPosition) {
    if (shown.get() == null) {
      return;
    }
    List<Mention> here = shown.get().mentionsAt(displayPosition);
    if (here.isEmpty()) {
      return;
    }
    Mention mention = here.get(here.size() - 1);
    focused.set(mention);
    dropFocusHint();
    if (first.get() == null) {
      if (mention != second.get()) {
        first.set(mention);
      }
    } else if (second.get() == null) {
      if (mention != first.get()) {
        second.set(mention);
      }
    } else {
      first.set(mention);
      second.set(null);
    }
    changed(false);
  }

  /** Focuses the next mention in reading order, the first one if none is focused. */
  public void focusNext() {
    moveFocus(1);
  }

  /** Focuses the previous mention in reading order, the last one if none is focused. */
  public void focusPrevious() {
    moveFocus(-1);
  }

  private void moveFocus(int step) {
    if (shown.get() == null || shown.get().mentions().isEmpty()) {
      return;
    }
    List<Mention> mentions = shown.get().mentions();
    int count = mentions.size();
    int index =
        focused.get() == null
            ? (step > 0 ? 0 : count - 1)
            : Math.floorMod(focused.get().index() + step, count);
    focused.set(mentions.get(index));
    dropFocusHint();
    changed(true);
  }

  /**
   * Makes the focused mention E1; if it was E2, the old E1 becomes E2. Without a focused mention
   * the message says how to focus one.
   */
  public void assignFirst() {
    Mention mention = focused.get();
    if (mention == null) {
      message.set(NO_FOCUSED_MENTION);
      return;
    }
    if (mention == first.get()) {
      return;
    }
    if (mention == second.get()) {
      second.set(first.get());
    }
    first.set(mention);
    changed(false);
  }

  /**
   * Makes the focused mention E2 (as {@link #assignFirst}); if it was E1, the old E2 becomes E1.
   */
  public void assignSecond() {
    Mention mention = focused.get();
    if (mention == null) {
      message.set(NO_FOCUSED_MENTION);
      return;
    }
    if (mention == second.get()) {
      return;
    }
    if (mention == first.get()) {
      first.set(second.get());
    }
    second.set(mention);
    changed(false);
  }

  public void swap() {
    if (first.get() == null && second.get() == null) {
      return;
    }
    Mention old = first.get();
    first.set(second.get());
    second.set(old);
    changed(false);
  }

  private void dropFocusHint() {
    if (message.get().equals(NO_FOCUSED_MENTION)) {
      message.set("");
    }
  }

  /** Drops E1, E2 and the focus. */
  public void clear() {
    first.set(null);
    second.set(null);
    focused.set(null);
    changed(false);
  }

  /** The mouse rests over a displayed position: describe the mentions there, if any. */
  public void hoverAt(int displayPosition) {
    ShownDocument document = shown.get();
    hoverText.set(
        document == null
            ? ""
            : MentionDescription.of(
                document.mentionsAt(displayPosition), first.get(), second.get()));
  }

  public void hoverEnded() {
    hoverText.set("");
  }

  /** Recomputes the pair, its badges and the emphasis after any change of E1, E2 or focus. */
  private void changed(boolean scrollToFocus) {
    ShownDocument document = shown.get();
    Mention e1 = first.get();
    Mention e2 = second.get();
    HandPickedPair pair =
        e1 != null && e2 != null ? pairs.pick(document.document(), e1.entity(), e2.entity()) : null;
    picked.set(pair);
    firstBadge.set(badge("E1", e1));
    secondBadge.set(badge("E2", e2));
    sentenceFlag.set(
        pair == null
            ? null
            : pair.pair().crossesSentences()
                ? new PairFlag("Crosses sentences", true)
                : new PairFlag("Same sentence", false));
    specsFlag.set(pair == null ? null : specsFlagOf(pair));
    if (document != null) {
      emphasis.set(new ShownEmphasis(document, emphasisOf(document, pair)));
    }
    if (scrollToFocus && focused.get() != null) {
      requestScroll(focused.get().displayStart());
    }
  }

  private Emphasis emphasisOf(ShownDocument document, HandPickedPair pair) {
    if (document == null) {
      return Emphasis.NONE;
    }
    Span sentence = null;
    if (pair != null) {
      sentence = pair.pair().sentence().span();
    } else if (focused.get() != null) {
      sentence = document.sentenceOf(focused.get().entity());
    } else if (first.get() != null || second.get() != null) {
      Mention only = first.get() != null ? first.get() : second.get();
      sentence = document.sentenceOf(only.entity());
    }
    return new Emphasis(
        sentence == null ? List.of() : document.text().toDisplay(sentence),
        rangesOf(first.get()),
        rangesOf(second.get()),
        rangesOf(focused.get()));
  }

  private static List<TextRange> rangesOf(Mention mention) {
    return mention == null ? List.of() : mention.ranges();
  }

  private void requestScroll(int position) {
    scroll.set(new ScrollRequest(position, ++scrollSerial));
  }

  private static void cancel(RunningTask task) {
    if (task != null && !task.isDone()) {
      task.cancel();
    }
  }

  private static String badge(String role, Mention mention) {
    if (mention == null) {
      return role + ": —";
    }
    String text = mention.entity().text();
    if (text.codePointCount(0, text.length()) > BADGE_TEXT_LIMIT) {
      text = text.substring(0, text.offsetByCodePoints(0, BADGE_TEXT_LIMIT - 1)) + "…";
    }
    return role + ": " + text + " · " + typeName(mention);
  }

  private static String typeName(Mention mention) {
    return mention.mappedType().orElse(mention.entity().type() + " (unmapped)");
  }

  private PairFlag specsFlagOf(HandPickedPair pair) {
    String typePair = typeName(first.get()) + " → " + typeName(second.get());
    return pair.allowedBySpecs()
        ? new PairFlag(typePair + " is in the relation specs", false)
        : new PairFlag(typePair + " is not in the relation specs", true);
  }

  public ReadOnlyObjectProperty<ShownDocument> shownDocumentProperty() {
    return shown.getReadOnlyProperty();
  }

  /** True while a document is being prepared. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** A short message for the curator when something went wrong; empty otherwise. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Mention> focusedMentionProperty() {
    return focused.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Mention> firstMentionProperty() {
    return first.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Mention> secondMentionProperty() {
    return second.getReadOnlyProperty();
  }

  /** The picked pair with its flags, null until both E1 and E2 are picked. */
  public ReadOnlyObjectProperty<HandPickedPair> pickedPairProperty() {
    return picked.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty firstBadgeProperty() {
    return firstBadge.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty secondBadgeProperty() {
    return secondBadge.getReadOnlyProperty();
  }

  /** Whether the picked pair stays in one sentence; null without a pair. */
  public ReadOnlyObjectProperty<PairFlag> sentenceFlagProperty() {
    return sentenceFlag.getReadOnlyProperty();
  }

  /** Whether the relation specs list the picked pair's types; null without a pair. */
  public ReadOnlyObjectProperty<PairFlag> specsFlagProperty() {
    return specsFlag.getReadOnlyProperty();
  }

  /** What the shown document emphasises now: the current sentence, E1, E2 and the focus. */
  public ReadOnlyObjectProperty<ShownEmphasis> emphasisProperty() {
    return emphasis.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ScrollRequest> scrollRequestProperty() {
    return scroll.getReadOnlyProperty();
  }

  /** What to show over the mention under the mouse; empty when none. */
  public ReadOnlyStringProperty hoverTextProperty() {
    return hoverText.getReadOnlyProperty();
  }
}
