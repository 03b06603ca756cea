package org.relexcurator.ui.curation;

/**
 * A relation label a curator can give the shown pair instead of the model's.
 *
 * @param label the model's label name
 * @param allowed whether the relation specs list it for the pair's type pair
 * @param shortcut the number key that chooses it ("1" to "9", then "0"), or empty
 */
public record LabelChoice(String label, boolean allowed, String shortcut) {}
