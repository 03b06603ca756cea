package org.relexcurator.curation;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.project.ProjectDatabase;

/** The decision log of a project file keeps the contract every store keeps. */
class SqliteCurationStoreTest extends CurationStoreContract {

  @TempDir Path folder;

  private ProjectDatabase project;

  @Override
  CurationStore newStore() throws CurationStoreException {
    project = ProjectDatabase.create(folder.resolve("contract.relex"));
    return project.decisions();
  }

  @AfterEach
  void closeProject() throws CurationStoreException {
    project.close();
  }
}
