package org.relexcurator.inference;

import java.util.Optional;
import org.relexcurator.model.CandidatePair;

/**
 * A pair a curator picked by hand, which may break the rules generated pairs follow.
 *
 * @param pair the pair; across sentences its sentence is the span covering both mentions' sentences
 *     and it is flagged {@link CandidatePair#crossesSentences()}
 * @param firstType E1's PubTator3 type, empty if it cannot be mapped
 * @param secondType E2's PubTator3 type, empty if it cannot be mapped
 * @param allowedBySpecs whether the relation specs list this ordered type pair; the model was never
 *     trained on pairs they do not list, so its answer there deserves less trust
 */
public record HandPickedPair(
    CandidatePair pair,
    Optional<String> firstType,
    Optional<String> secondType,
    boolean allowedBySpecs) {}
