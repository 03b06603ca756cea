package org.relexcurator.curation;

/** The in-memory store keeps the contract every store keeps. */
class InMemoryCurationStoreTest extends CurationStoreContract {

  @Override
  CurationStore newStore() {
    return new InMemoryCurationStore();
  }
}
