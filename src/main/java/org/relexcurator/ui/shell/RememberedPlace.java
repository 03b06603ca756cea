package org.relexcurator.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.corpus.DocumentEntry;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.queue.ReviewQueueViewModel;
import org.relexcurator.ui.settings.LastPlace;
import org.relexcurator.ui.settings.LastPlaceFile;

/**
 * Never lose your place across runs: the project, corpus, document and pair in view are written to
 * {@link LastPlaceFile} as they change, and the next start opens them again. Reading, checking that
 * the files are still there and writing all run in the background; the corpus opens as File → Open
 * opens it, and the document and pair are shown once its queue and document list are in. A file
 * that is gone is named in the status bar and the window opens empty.
 *
 * <p>Use it on the UI thread only.
 */
final class RememberedPlace {

  private final LastPlaceFile file;
  private final TaskExecutor executor;
  private final MainViewModel window;
  private final ProjectViewModel projects;
  private final CorpusViewModel corpus;
  private final ReviewQueueViewModel queue;

  /** The newest place to write: a write that starts late writes this one, never an older. */
  private final AtomicReference<LastPlace> toSave = new AtomicReference<>();

  private final Object saveLock = new Object();
  private LastPlace place = LastPlace.NOWHERE;

  /** The place being restored, until its document and pair are shown; nothing is recorded then. */
  private LastPlace restoring;

  /**
   * @param executor reads and writes the file; a writer that finishes its work before the app exits
   *     keeps the last change
   * @param projects the project files; {@code null} when the window has none to switch
   */
  RememberedPlace(
      LastPlaceFile file,
      TaskExecutor executor,
      MainViewModel window,
      ProjectViewModel projects,
      CorpusViewModel corpus,
      ReviewQueueViewModel queue) {
    this.file = file;
    this.executor = executor;
    this.window = window;
    this.projects = projects;
    this.corpus = corpus;
    this.queue = queue;
    window.corpusProperty().addListener((observable, old, opened) -> corpusOpened(opened));
    corpus.selectedProperty().addListener((observable, old, entry) -> documentShown(entry));
    queue.currentRowProperty().addListener((observable, old, row) -> pairShown(row));
    if (projects != null) {
      projects.titleProperty().addListener((observable, old, title) -> projectInUse());
    }
    window
        .busyProperty()
        .addListener(
            (observable, was, busy) -> {
              if (!busy) {
                // After the corpus, which comes just after busy ends, or after a failure.
                Platform.runLater(this::giveUpUnlessOpened);
              }
            });
  }

  /** The last corpus could not be opened again: record from now on what the curator does. */
  private void giveUpUnlessOpened() {
    PreparedCorpus opened = window.corpusProperty().get();
    if (restoring != null && (opened == null || !sameFile(opened, restoring.corpus()))) {
      restoring = null;
    }
  }

  private static boolean sameFile(PreparedCorpus opened, Path file) {
    return sourceOf(opened).equals(file.toAbsolutePath().normalize());
  }

  private static Path sourceOf(PreparedCorpus opened) {
    return Path.of(opened.source()).toAbsolutePath().normalize();
  }

  private Path projectInUseFile() {
    return projects.project().map(p -> p.file().toAbsolutePath().normalize()).orElse(null);
  }

  /** A place found on disk, with what of it is still there. */
  private record Found(
      LastPlace place, String warning, boolean projectThere, boolean corpusThere) {}

  /**
   * Reads the last place and opens it: the project first, then the corpus. Call once, with no
   * corpus or project named on the command line.
   */
  void restore() {
    executor.submit(
        "find the last place",
        monitor -> {
          LastPlaceFile.Loaded loaded = file.load();
          LastPlace last = loaded.place();
          return new Found(
              last,
              loaded.warning(),
              last.project() != null && Files.isRegularFile(last.project()),
              last.corpus() != null && Files.isRegularFile(last.corpus()));
        },
        TaskCallbacks.of(this::reopen, failure -> {}));
  }

  private void reopen(Found found) {
    LastPlace last = found.place();
    if (found.warning() != null) {
      window.reportError(found.warning());
    }
    if (projects != null
        && last.project() != null
        && !last.project().toAbsolutePath().normalize().equals(projectInUseFile())) {
      if (found.projectThere()) {
        projects.open(last.project());
      } else {
        window.reportError(
            "The project last used, "
                + last.project()
                + ", is no longer there; decisions go to the default project.");
      }
    }
    if (last.corpus() == null || window.corpusProperty().get() != null) {
      return;
    }
    if (!found.corpusThere()) {
      window
          .statusProperty()
          .set(
              "The corpus last open, "
                  + last.corpus()
                  + ", is no longer there. Open a corpus to begin.");
      return;
    }
    place = last;
    restoring = last;
    window.open(last.corpus());
  }

  private void corpusOpened(PreparedCorpus opened) {
    if (opened == null) {
      return;
    }
    Path source = sourceOf(opened);
    if (restoring != null && !sameFile(opened, restoring.corpus())) {
      // The curator opened another corpus before the last one came back: theirs wins.
      restoring = null;
    }
    if (restoring == null) {
      record(place.withCorpus(source));
    }
  }

  private void documentShown(DocumentEntry entry) {
    if (restoring != null) {
      if (entry != null && !queue.loadingProperty().get()) {
        // The first document of the restored corpus is being selected: its list is in. The
        // document and pair are put back after this change has reached every listener.
        LastPlace target = restoring;
        Platform.runLater(() -> showAgain(target));
      }
      return;
    }
    record(place.withDocument(entry == null ? null : entry.id()));
  }

  private void pairShown(QueueRow row) {
    if (restoring == null) {
      record(place.withPair(row == null ? null : row.key()));
    }
  }

  private void projectInUse() {
    if (restoring == null) {
      record(place.withProject(projectInUseFile()));
    }
  }

  private void showAgain(LastPlace target) {
    if (restoring != target) {
      return;
    }
    restoring = null;
    Optional<QueueRow> row =
        queue.allRows().stream()
            .filter(
                r ->
                    r.key().equals(target.pairKey())
                        && r.document().id().equals(target.documentId()))
            .findFirst();
    if (row.isPresent()) {
      queue.select(row.get());
    } else if (target.documentId() != null) {
      corpus.select(target.documentId());
      DocumentEntry shown = corpus.selectedProperty().get();
      if (shown == null || !shown.id().equals(target.documentId())) {
        window
            .statusProperty()
            .set(
                "Document "
                    + target.documentId()
                    + ", shown when the window last closed, is no longer in "
                    + target.corpus().getFileName()
                    + ".");
      }
    }
    DocumentEntry entry = corpus.selectedProperty().get();
    QueueRow current = queue.currentRowProperty().get();
    record(
        target
            .withDocument(entry == null ? null : entry.id())
            .withPair(current == null ? null : current.key()));
  }

  private void record(LastPlace next) {
    if (Objects.equals(next, place) && toSave.get() != null) {
      return;
    }
    place = next;
    toSave.set(next);
    executor.submit(
        "remember the place",
        monitor -> {
          synchronized (saveLock) {
            file.save(toSave.get());
          }
          return null;
        },
        // Losing the place costs the curator a few clicks at the next start, not worth a message.
        TaskCallbacks.of(done -> {}, failure -> {}));
  }
}
