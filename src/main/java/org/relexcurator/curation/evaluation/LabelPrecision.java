package org.relexcurator.curation.evaluation;

/**
 * A predicted label's precision over a whole scored corpus, estimated from a review sample.
 *
 * @param label the predicted label
 * @param predicted pairs of the corpus predicted as the label
 * @param covered those in strata with at least one reviewed pair: what the estimate speaks for
 * @param reviewed reviewed pairs predicted as the label
 * @param precision the weighted estimate; NaN when no pair of the label was reviewed
 * @param interval its 95% interval
 * @param unweighted the plain share of reviewed pairs whose gold label is the label, which a sample
 *     that favours some strata biases
 */
public record LabelPrecision(
    String label,
    long predicted,
    long covered,
    int reviewed,
    double precision,
    ConfidenceInterval interval,
    double unweighted) {}
