package org.relexcurator.model;

/** Why a curator disagreed with the model or held a pair back; optional on every decision. */
public enum ReasonCode {
  WRONG_DIRECTION("wrong direction"),
  NEGATION("negation"),
  SPECULATION("speculation"),
  ENTITY_ERROR("entity error"),
  NEEDS_CONTEXT("needs context"),
  OTHER("other");

  private final String description;

  ReasonCode(String description) {
    this.description = description;
  }

  /** The reason in words, as a curator reads it. */
  public String description() {
    return description;
  }
}
