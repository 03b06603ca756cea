/**
 * The corpus domain model: immutable records with no JavaFX, DJL or file-format code.
 *
 * <p><b>Offsets.</b> Every offset in this package counts Unicode <em>code points</em> of the
 * document text ({@link org.relexcurator.model.DocumentText}), the unit the PubTator, BioC and brat
 * files count in and the unit Python uses. Java strings index UTF-16 code units, which differ from
 * code points as soon as a character lies outside the Basic Multilingual Plane; {@code
 * DocumentText} converts between the two so that no other code has to.
 */
package org.relexcurator.model;
