package org.relexcurator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relexcurator.curation.agreement.Agreement;
import org.relexcurator.curation.agreement.Disagreement;
import org.relexcurator.curation.agreement.Kappa;
import org.relexcurator.curation.agreement.LabelAgreement;
import org.relexcurator.curation.agreement.MentionDispute;
import org.relexcurator.curation.agreement.MentionEditAgreement;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.agreement.SettledLabel.SettledBy;
import org.relexcurator.curation.agreement.SettledLabel.Status;
import org.relexcurator.curation.agreement.SettledLabels;

/** What {@code relex agreement} prints, as text for a person or JSON for a script. */
final class AgreementReport {

  private final Path project;
  private final SettledLabels settled;
  private final List<String> curators;
  private final List<Agreement> agreements;
  private final List<MentionEditAgreement> mentionEdits;
  private final List<MentionDispute> mentionDisputes;

  AgreementReport(
      Path project,
      SettledLabels settled,
      List<String> curators,
      List<Agreement> agreements,
      List<MentionEditAgreement> mentionEdits,
      List<MentionDispute> mentionDisputes) {
    this.project = project;
    this.settled = settled;
    this.curators = curators;
    this.agreements = agreements;
    this.mentionEdits = mentionEdits;
    this.mentionDisputes = mentionDisputes;
  }

  void printText(PrintWriter out) {
    out.printf(Locale.ROOT, "%s: %d pairs decided%n", project, settled.all().size());
    out.printf(
        Locale.ROOT,
        "  gold      %d  (%d by agreement, %d by a single curator, %d" + " adjudicated)%n",
        count(Status.GOLD),
        count(SettledBy.AGREEMENT),
        count(SettledBy.SINGLE),
        count(SettledBy.ADJUDICATION));
    out.printf(
        Locale.ROOT,
        "  disputed  %d%s%n",
        count(Status.DISPUTED),
        count(Status.DISPUTED) == 0
            ? ""
            : "  (list them: relex adjudicate " + project + " --list)");
    out.printf(Locale.ROOT, "  open      %d  (only skipped or flagged)%n", count(Status.OPEN));
    List<String> labelled = new ArrayList<>();
    for (String curator : settled.curators()) {
      labelled.add(curator + " " + labelledBy(curator));
    }
    out.println(
        "Curators and the pairs they labelled: "
            + (labelled.isEmpty() ? "none" : String.join(", ", labelled)));
    if (agreements.isEmpty()) {
      out.println();
      out.println(
          "Agreement needs two curators who labelled pairs; "
              + (curators.isEmpty() ? "nobody has." : "only " + curators.get(0) + " has."));
    }
    agreements.forEach(agreement -> printText(out, agreement));
    mentionEdits.forEach(agreement -> printText(out, agreement));
    if (!mentionDisputes.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "Mention disputes: %d%n", mentionDisputes.size());
      mentionDisputes.forEach(dispute -> out.println("  " + dispute.describe()));
    }
  }

  private static void printText(PrintWriter out, MentionEditAgreement agreement) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Mention edits of %s and %s: %d changes, %d made by both%n",
        agreement.first(),
        agreement.second(),
        agreement.total(),
        agreement.agreed());
    TextTable rows =
        new TextTable(
            List.of(
                "type", "edit", "both", agreement.first() + " only", agreement.second() + " only"));
    for (MentionEditAgreement.Row row : agreement.rows()) {
      rows.row(
          List.of(
              row.type(),
              row.kind(),
              Integer.toString(row.both()),
              Integer.toString(row.firstOnly()),
              Integer.toString(row.secondOnly())));
    }
    rows.print(out, "  ");
  }

  private void printText(PrintWriter out, Agreement agreement) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%s and %s: %d pairs labelled by both, %d agreed (%s); Cohen's kappa" + " %s%n",
        agreement.first(),
        agreement.second(),
        agreement.pairs(),
        agreement.agreed(),
        share(agreement.observed()),
        agreement.kappa().format());
    if (!agreement.kappa().isDefined()) {
      out.println("  kappa is undefined: " + agreement.kappa().undefinedReason());
    }
    if (agreement.pairs() == 0) {
      return;
    }
    TextTable table =
        new TextTable(
            List.of("label", "#" + agreement.first(), "#" + agreement.second(), "#both", "#kappa"));
    List<String> undefined = new ArrayList<>();
    for (LabelAgreement label : agreement.perLabel()) {
      table.row(
          List.of(
              label.label(),
              String.valueOf(label.byFirst()),
              String.valueOf(label.bySecond()),
              String.valueOf(label.both()),
              label.kappa().format()));
      if (!label.kappa().isDefined()) {
        undefined.add(label.label() + ": " + label.kappa().undefinedReason());
      }
    }
    out.println(
        "  per label: pairs each gave it, pairs both gave it, kappa of the label against"
            + " the rest");
    table.print(out, "  ");
    undefined.forEach(reason -> out.println("  kappa undefined for " + reason));
    int disagreements = agreement.disagreements().size();
    out.printf(
        Locale.ROOT,
        "  %d %s%s%n",
        disagreements,
        disagreements == 1 ? "disagreement" : "disagreements",
        disagreements == 0 ? "" : ":");
    if (!agreement.disagreements().isEmpty()) {
      TextTable pairs = new TextTable(List.of("pair", agreement.first(), agreement.second()));
      for (Disagreement disagreement : agreement.disagreements()) {
        pairs.row(
            List.of(disagreement.pairKey(), disagreement.firstLabel(), disagreement.secondLabel()));
      }
      pairs.print(out, "  ");
    }
  }

  void printJson(PrintWriter out) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("project", project.toString());
    ObjectNode pairs = root.putObject("pairs");
    pairs.put("decided", settled.all().size());
    for (Status status : Status.values()) {
      pairs.put(name(status), count(status));
    }
    ObjectNode settledBy = pairs.putObject("settled_by");
    for (SettledBy way : SettledBy.values()) {
      settledBy.put(name(way), count(way));
    }
    ObjectNode labelled = root.putObject("labelled_by_curator");
    settled.curators().forEach(curator -> labelled.put(curator, labelledBy(curator)));
    ArrayNode compared = root.putArray("agreements");
    for (Agreement agreement : agreements) {
      compared.add(json(mapper, agreement));
    }
    ArrayNode edits = root.putArray("mention_edits");
    for (MentionEditAgreement agreement : mentionEdits) {
      ObjectNode node = edits.addObject();
      node.put("first", agreement.first());
      node.put("second", agreement.second());
      node.put("changes", agreement.total());
      node.put("both", agreement.agreed());
      ArrayNode rows = node.putArray("by_type");
      for (MentionEditAgreement.Row row : agreement.rows()) {
        rows.addObject()
            .put("type", row.type())
            .put("edit", row.kind())
            .put("both", row.both())
            .put("first_only", row.firstOnly())
            .put("second_only", row.secondOnly());
      }
    }
    ArrayNode disputes = root.putArray("mention_disputes");
    for (MentionDispute dispute : mentionDisputes) {
      disputes
          .addObject()
          .put("document", dispute.documentId())
          .put("file_mention", dispute.fileMentionId())
          .put("description", dispute.describe());
    }
    out.println(mapper.writeValueAsString(root));
  }

  private static ObjectNode json(ObjectMapper mapper, Agreement agreement) {
    ObjectNode node = mapper.createObjectNode();
    node.put("first", agreement.first());
    node.put("second", agreement.second());
    node.put("pairs", agreement.pairs());
    node.put("agreed", agreement.agreed());
    putNumber(node, "observed", agreement.observed());
    putNumber(node, "expected", agreement.table().expectedAgreement());
    putKappa(node, agreement.kappa());
    ArrayNode labels = node.putArray("labels");
    for (LabelAgreement label : agreement.perLabel()) {
      ObjectNode row = labels.addObject();
      row.put("label", label.label());
      row.put("both", label.both());
      row.put("first_only", label.firstOnly());
      row.put("second_only", label.secondOnly());
      row.put("neither", label.neither());
      putKappa(row, label.kappa());
    }
    ArrayNode disagreements = node.putArray("disagreements");
    for (Disagreement disagreement : agreement.disagreements()) {
      ObjectNode row = disagreements.addObject();
      row.put("pair", disagreement.pairKey());
      ObjectNode byCurator = row.putObject("labels");
      byCurator.put(agreement.first(), disagreement.firstLabel());
      byCurator.put(agreement.second(), disagreement.secondLabel());
    }
    return node;
  }

  /** Kappa as a number, or null with the reason beside it; JSON has no NaN. */
  private static void putKappa(ObjectNode node, Kappa kappa) {
    putNumber(node, "kappa", kappa.value());
    if (kappa.isDefined()) {
      node.putNull("kappa_undefined");
    } else {
      node.put("kappa_undefined", kappa.undefinedReason());
    }
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private int labelledBy(String curator) {
    int count = 0;
    for (SettledLabel pair : settled.all()) {
      if (pair.labelsByCurator().get(curator) != null) {
        count++;
      }
    }
    return count;
  }

  private int count(Status status) {
    return settled.withStatus(status).size();
  }

  private int count(SettledBy way) {
    int count = 0;
    for (SettledLabel pair : settled.all()) {
      if (pair.settledBy() == way) {
        count++;
      }
    }
    return count;
  }

  private static String share(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
