package org.relexcurator.inference;

import java.util.List;
import java.util.Optional;
import org.relexcurator.model.Argument;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Relation;

/**
 * The gold label of a candidate pair: the type of the first binary gold relation of the document
 * whose first argument is E1 and second is E2. An argument at mention level names the mention by
 * id; one at concept level matches any mention carrying that concept id. The direction counts: a
 * relation from E2 to E1 is not the pair's label. No label means the corpus states no relation for
 * the pair, which in an exhaustively annotated corpus is the model's {@code none}.
 */
public final class GoldLabel {

  private GoldLabel() {}

  public static Optional<String> of(Document document, CandidatePair pair) {
    for (Relation relation : document.relations()) {
      if (relation.isBinary()
          && refersTo(relation.first(), pair.first())
          && refersTo(relation.second(), pair.second())) {
        return Optional.of(relation.type());
      }
    }
    return Optional.empty();
  }

  private static boolean refersTo(Argument argument, Entity mention) {
    if (argument.level() == Argument.Level.MENTION) {
      return argument.ref().equals(mention.id());
    }
    List<String> ids = KnownConceptIds.of(mention);
    return ids.contains(argument.ref().strip());
  }
}
