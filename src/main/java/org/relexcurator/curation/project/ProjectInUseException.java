package org.relexcurator.curation.project;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.relexcurator.curation.CurationStoreException;

/**
 * A project file is open elsewhere: in another RelEx Curator process or in another window of this
 * one. The file was not touched.
 */
public final class ProjectInUseException extends CurationStoreException {

  private static final long serialVersionUID = 1L;

  private final long pid;

  ProjectInUseException(Path file, OptionalLong pid) {
    super(
        file
            + " is open in another RelEx Curator window"
            + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : " (pid unknown)")
            + "; close it there first");
    this.pid = pid.orElse(-1);
  }

  /** The process that holds the project, if it said. */
  public OptionalLong pid() {
    return pid < 0 ? OptionalLong.empty() : OptionalLong.of(pid);
  }
}
