package org.relexcurator.curation.evaluation;

/** 95% confidence intervals of one row of a classification report. */
public record MetricIntervals(
    ConfidenceInterval precision, ConfidenceInterval recall, ConfidenceInterval f1) {}
