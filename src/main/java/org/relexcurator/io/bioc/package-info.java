/**
 * BioC XML ({@link org.relexcurator.io.bioc.BiocXmlFormat}) and BioC JSON ({@link
 * org.relexcurator.io.bioc.BiocJsonFormat}).
 *
 * <p>Both readers stream their file into the same raw records ({@code Bioc}), and one decoder maps
 * those to the domain model: document text from passage offsets ({@link
 * org.relexcurator.model.TextLayout}); every annotation, wherever it sits, as a document-level
 * entity checked with {@link org.relexcurator.io.MentionCheck}; relations from any level, with
 * concept-level arguments from infons ({@code entity1}/{@code entity2}, {@code Chemical}/{@code
 * Disease}, {@code role1}/{@code role2}) and mention-level ones from nodes. One encoder maps
 * documents back for both writers.
 *
 * <p>Entities and relations take the shape the PubTator reader gives them, so that BioRED's {@code
 * Dev.BioC.XML}, {@code Dev.BioC.JSON} and {@code Dev.PubTator} give the same text, mentions
 * (spans, types, concept ids) and relations (type, {@code entity1}/{@code entity2} concept
 * arguments, {@code novel} infon); mention ids are the files' own.
 */
package org.relexcurator.io.bioc;
