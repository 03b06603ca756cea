package org.relexcurator.curation.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which document a project's pairs come from, and which file it was read from, so that a project
 * can find its text again and notice when the file has changed since.
 *
 * @param id the document's id, unique in the project (pair keys start with it)
 * @param sourcePath the file it was read from; null for text typed or pasted in
 * @param contentHash a hash of that file's bytes when it was read (e.g. {@code sha256:…}); null
 *     without a file
 * @param format the name of the format it was read with; null without a file
 */
public record DocumentIdentity(String id, Path sourcePath, String contentHash, String format) {

  public DocumentIdentity {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
  }
}
