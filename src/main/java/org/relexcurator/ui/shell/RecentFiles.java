package org.relexcurator.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened last, newest first, kept in the user's preferences between runs. */
public final class RecentFiles {

  private static final int KEEP = 10;

  private final Preferences store;
  private final ObservableList<Path> files = FXCollections.observableArrayList();

  public RecentFiles(Preferences store) {
    this.store = store;
    for (int i = 0; i < KEEP; i++) {
      String path = store.get("file" + i, null);
      if (path != null) {
        files.add(Path.of(path));
      }
    }
  }

  public static RecentFiles forUser() {
    return new RecentFiles(Preferences.userRoot().node("org/relexcurator/recent-files"));
  }

  public ObservableList<Path> files() {
    return FXCollections.unmodifiableObservableList(files);
  }

  /**
   * Puts a file first in the list and returns the work that saves the list, which writes to disk
   * and so belongs off the UI thread.
   */
  public Runnable add(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> updated = new ArrayList<>(files);
    updated.remove(absolute);
    updated.add(0, absolute);
    files.setAll(updated.subList(0, Math.min(KEEP, updated.size())));
    List<String> snapshot = files.stream().map(Path::toString).toList();
    return () -> save(snapshot);
  }

  private void save(List<String> paths) {
    for (int i = 0; i < KEEP; i++) {
      if (i < paths.size()) {
        store.put("file" + i, paths.get(i));
      } else {
        store.remove("file" + i);
      }
    }
    try {
      store.flush();
    } catch (BackingStoreException e) {
      // The list still works for this session; losing it between runs is not worth an error.
    }
  }
}
