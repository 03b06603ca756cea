package org.relexcurator.curation.evaluation;

/** A model that made some of the evaluated file's predictions, and how many. */
public record ModelUse(PredictingModel model, int predictions) {}
