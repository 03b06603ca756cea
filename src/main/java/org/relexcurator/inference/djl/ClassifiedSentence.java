package org.relexcurator.inference.djl;

import org.relexcurator.model.Prediction;

/** A prediction together with the tokens the model saw. */
public record ClassifiedSentence(Prediction prediction, TokenizedSentence input) {}
