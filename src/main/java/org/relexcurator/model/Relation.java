package org.relexcurator.model;

import java.util.List;
import java.util.Objects;

/**
 * A gold relation as a file states it. Binary relations (BioRED, CDR, TeamTat, brat {@code R}
 * lines) have two arguments, first the source then the target; brat events ({@code E}) and
 * equivalences ({@code *}) may have more. Extra fields such as BioRED's {@code Novel} live in the
 * infons.
 */
public record Relation(String id, String type, List<Argument> arguments, Infons infons) {

  public Relation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    arguments = List.copyOf(arguments);
    infons = infons == null ? Infons.empty() : infons;
  }

  public boolean isBinary() {
    return arguments.size() == 2;
  }

  public Argument first() {
    return arguments.get(0);
  }

  public Argument second() {
    return arguments.get(1);
  }
}
