package org.relexcurator.inference;

import java.util.Objects;
import java.util.Set;

/**
 * Whether the model's top labels for the two directions of a pair, E1 → E2 and E2 → E1, can both be
 * true. The model is directional, so it answers each order separately; two answers that cannot hold
 * together mean that at least one of them is wrong, and a curator should look at the pair.
 *
 * <p>The rule (docs/user-guide.md, "Direction check"):
 *
 * <ul>
 *   <li>a symmetric label holds both ways, so it must be the answer in both directions: a symmetric
 *       label one way and anything else the other, {@code none} included, disagree;
 *   <li>a directional label both ways disagrees: the sentence names one source and one target, and
 *       the same label both ways means the model did not tell them apart;
 *   <li>a directional label one way and {@code none} or another directional label the other agree
 *       ({@code upregulates} one way and {@code downregulates} the other is a feedback loop, not a
 *       contradiction), and so does {@code none} both ways.
 * </ul>
 *
 * @param disagrees whether the two answers cannot both be true
 * @param reason the two answers and what they add up to, as a phrase for a person
 */
public record DirectionCheck(boolean disagrees, String reason) {

  /**
   * Labels that hold both ways when they hold one way: the model's {@code binds_to}, {@code
   * co_expressed_with} and {@code interacts_with}, and two the relation specs list although the
   * model has no such label. {@code antagonistic_to} is not one: an antagonist blocks an agonist,
   * not the other way round.
   */
  public static final Set<String> SYMMETRIC_LABELS =
      Set.of("binds_to", "co_expressed_with", "interacts_with", "ortholog_of", "synergistic_with");

  private static final String NONE = "none";

  public DirectionCheck {
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Checks the top labels of both directions.
   *
   * @param forward the top label of E1 → E2
   * @param reverse the top label of E2 → E1
   */
  public static DirectionCheck of(String forward, String reverse) {
    Objects.requireNonNull(forward, "forward");
    Objects.requireNonNull(reverse, "reverse");
    if (SYMMETRIC_LABELS.contains(forward) || SYMMETRIC_LABELS.contains(reverse)) {
      if (forward.equals(reverse)) {
        return agree("the symmetric label " + forward + " both ways");
      }
      return SYMMETRIC_LABELS.contains(forward)
          ? disagree("the symmetric label " + forward + " E1 → E2 but " + reverse + " E2 → E1")
          : disagree("the symmetric label " + reverse + " E2 → E1 but " + forward + " E1 → E2");
    }
    if (forward.equals(reverse)) {
      return forward.equals(NONE)
          ? agree("none both ways")
          : disagree("the directional label " + forward + " both ways");
    }
    if (reverse.equals(NONE)) {
      return agree(forward + " E1 → E2 only");
    }
    if (forward.equals(NONE)) {
      return agree(reverse + " E2 → E1 only");
    }
    return agree(forward + " E1 → E2 and " + reverse + " E2 → E1");
  }

  private static DirectionCheck agree(String reason) {
    return new DirectionCheck(false, reason);
  }

  private static DirectionCheck disagree(String reason) {
    return new DirectionCheck(true, reason);
  }
}
