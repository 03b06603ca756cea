package org.relexcurator.ui.prediction;

import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Prediction;

/** A pair's scores in its own direction (E1 → E2) and in the reverse one (E2 → E1). */
public record PairPrediction(CandidatePair pair, Prediction forward, Prediction reverse) {}
