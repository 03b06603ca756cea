package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.curation.team.TeamStudy;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

/** {@code relex assign} and {@code relex merge}: a team of curators on separate workstations. */
class TeamCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEAM = List.of("ann", "ben", "cat");

  @TempDir Path folder;

  private Path study;

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void createStudy() throws Exception {
    study = TeamStudy.create(folder.resolve("study.relex"));
  }

  private Map<String, List<String>> assign(String out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "assign",
                study.toString(),
                "--curators",
                String.join(",", TEAM),
                "--overlap",
                "0.25",
                "--out",
                folder.resolve(out).toString()));
    args.addAll(Arrays.asList(more));
    Run run = relex(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    Map<String, List<String>> pairs = new HashMap<>();
    for (String curator : TEAM) {
      pairs.put(curator, pairKeys(folder.resolve(out).resolve(curator + ".relex")));
    }
    return pairs;
  }

  private static List<String> pairKeys(Path project) {
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      return opened.contents().pairs().stream().map(StoredPair::key).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<Decision> log(Path project) throws Exception {
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      return opened.decisions().log();
    }
  }

  /** Everything a project holds, one line per row, to compare two projects by. */
  private static String dump(Path project) throws Exception {
    StringBuilder dump = new StringBuilder();
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      opened.contents().documents().forEach(d -> dump.append(d).append('\n'));
      opened.contents().models().forEach(m -> dump.append(m).append('\n'));
      for (StoredPair pair : opened.contents().pairs()) {
        dump.append(pair).append('\n');
        for (StoredPrediction p : opened.contents().predictions(pair.key())) {
          dump.append(p.model().fingerprint())
              .append(p.time())
              .append(Arrays.toString(p.prediction().logits()))
              .append('\n');
        }
      }
      opened.decisions().log().forEach(d -> dump.append(d).append('\n'));
    }
    return dump.toString();
  }

  @Test
  void assignGivesEveryCuratorTheSameOverlapOfExactlyItsShareAndTheRestOnce() throws Exception {
    Map<String, List<String>> pairs = assign("team");

    Set<String> overlap = new HashSet<>(pairs.get("ann"));
    pairs.values().forEach(overlap::retainAll);
    // 25% of 24 pairs.
    assertThat(overlap).hasSize(6);
    List<String> own = new ArrayList<>();
    for (String curator : TEAM) {
      List<String> share = new ArrayList<>(pairs.get(curator));
      share.removeAll(overlap);
      own.addAll(share);
      // 18 pairs left for three curators, dealt by document (2 to 6 pairs each).
      assertThat(share.size()).isBetween(4, 8);
    }
    assertThat(own).doesNotHaveDuplicates().hasSize(18);
    Set<String> everyPair = new HashSet<>(own);
    everyPair.addAll(overlap);
    assertThat(everyPair).hasSize(24);
  }

  @Test
  void assignKeepsTheOwnPairsOfADocumentWithOneCurator() {
    Map<String, List<String>> pairs = assign("team");

    Set<String> overlap = new HashSet<>(pairs.get("ann"));
    pairs.values().forEach(overlap::retainAll);
    Map<String, Set<String>> curatorsOfDocument = new HashMap<>();
    pairs.forEach(
        (curator, keys) ->
            keys.stream()
                .filter(k -> !overlap.contains(k))
                .forEach(
                    k ->
                        curatorsOfDocument
                            .computeIfAbsent(k.substring(0, k.indexOf('|')), d -> new HashSet<>())
                            .add(curator)));
    assertThat(curatorsOfDocument.values()).allSatisfy(c -> assertThat(c).hasSize(1));
    // At most one document is cut between the overlap and a curator's own share.
    long cut =
        overlap.stream()
            .map(k -> k.substring(0, k.indexOf('|')))
            .distinct()
            .filter(curatorsOfDocument::containsKey)
            .count();
    assertThat(cut).isLessThanOrEqualTo(1);
  }

  @Test
  void assignDealsTheSameWayForOneSeedAndOtherwiseForOthers() {
    Map<String, List<String>> first = assign("first");
    Map<String, List<String>> again = assign("again");
    assertThat(again).isEqualTo(first);

    Set<Map<String, List<String>>> dealings = new HashSet<>();
    for (int seed = 1; seed <= 4; seed++) {
      dealings.add(assign("seed" + seed, "--seed", String.valueOf(seed)));
    }
    assertThat(dealings).hasSizeGreaterThan(1);
  }

  @Test
  void everyCuratorsProjectNamesTheSameCorpusAndModelAndTheDecisionsTravelWithTheirPairs()
      throws Exception {
    Map<String, List<String>> pairs = assign("team");

    for (String curator : TEAM) {
      Path project = folder.resolve("team").resolve(curator + ".relex");
      try (ProjectDatabase opened = ProjectDatabase.open(project)) {
        assertThat(opened.contents().documents()).isEqualTo(TeamStudy.documents(TeamStudy.HASH));
        assertThat(opened.contents().models()).containsExactly(TeamStudy.MODEL);
        assertThat(opened.contents().latestPredictions().keySet())
            .containsExactlyInAnyOrderElementsOf(pairs.get(curator));
        List<Decision> log = opened.decisions().log();
        boolean hasD1 = pairs.get(curator).contains(TeamStudy.key(1, 0));
        boolean hasD3 = pairs.get(curator).contains(TeamStudy.key(3, 0));
        boolean hasD2 = pairs.get(curator).stream().anyMatch(k -> k.startsWith("D2|"));
        List<DecisionAction> expected = new ArrayList<>();
        if (hasD1) {
          expected.add(DecisionAction.ACCEPTED);
        }
        if (hasD3) {
          expected.addAll(List.of(DecisionAction.CORRECTED, DecisionAction.UNDONE));
        }
        if (hasD2) {
          expected.add(DecisionAction.MENTION_REMOVED);
        }
        assertThat(log).extracting(Decision::action).containsExactlyElementsOf(expected);
        if (hasD3) {
          assertThat(opened.decisions().current(TeamStudy.key(3, 0))).isEmpty();
        }
      }
    }
  }

  @Test
  void assignRefusesToOverwriteACuratorsProject() throws Exception {
    Files.createDirectories(folder.resolve("team"));
    Files.writeString(folder.resolve("team/ben.relex"), "ben's work");

    Run run =
        relex(
            "assign",
            study.toString(),
            "--curators",
            "ann,ben",
            "--out",
            folder.resolve("team").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("ben.relex already exists");
    assertThat(folder.resolve("team/ann.relex")).doesNotExist();
  }

  /** Each curator labels every pair they hold: ann and ben agree on 4 of the 6 shared. */
  private List<Path> decideEverywhere() throws Exception {
    Map<String, List<String>> pairs = assign("team");
    Set<String> overlap = new HashSet<>(pairs.get("ann"));
    pairs.values().forEach(overlap::retainAll);
    List<String> shared = pairs.get("ann").stream().filter(overlap::contains).toList();
    List<Path> projects = new ArrayList<>();
    for (String curator : TEAM) {
      Path file = folder.resolve("team").resolve(curator + ".relex");
      try (ProjectDatabase project = ProjectDatabase.open(file)) {
        int i = 0;
        for (String key : pairs.get(curator)) {
          String label = labelOf(curator, shared.indexOf(key));
          project
              .decisions()
              .record(TeamStudy.label(key, curator, label, TeamStudy.START.plusSeconds(100 + i++)));
        }
      }
      projects.add(file);
    }
    return projects;
  }

  /**
   * Shared pairs 0–5: ann says treats, treats, treats, none, none, none; ben says treats, treats,
   * none, none, none, treats; cat agrees with ann. Own pairs: treats.
   */
  private static String labelOf(String curator, int shared) {
    if (shared < 0) {
      return "treats";
    }
    if (curator.equals("ben")) {
      return List.of("treats", "treats", "none", "none", "none", "treats").get(shared);
    }
    return shared < 3 ? "treats" : "none";
  }

  @Test
  void mergeKeepsEveryDecisionOnceAndKappaIsComputedOnTheOverlap() throws Exception {
    List<Path> projects = decideEverywhere();
    Path team = folder.resolve("team.relex");

    Run run = relex(merged(projects, team));

    assertThat(run.exit()).as(run.err()).isZero();
    List<Decision> merged = log(team);
    // 4 decisions carried from the study (each once), 18 + 3 × 6 labels.
    assertThat(merged).hasSize(4 + 18 + 18);
    for (Path project : projects) {
      for (Decision decision : log(project)) {
        assertThat(merged)
            .anySatisfy(
                d -> {
                  assertThat(d.pairKey()).isEqualTo(decision.pairKey());
                  assertThat(d.curator()).isEqualTo(decision.curator());
                  assertThat(d.time()).isEqualTo(decision.time());
                  assertThat(d.action()).isEqualTo(decision.action());
                });
      }
    }
    assertThat(pairKeys(team)).hasSize(24);
    Run agreement = relex("agreement", team.toString(), "--json");
    assertThat(agreement.exit()).isZero();
    JsonNode annBen = null;
    for (JsonNode row : JSON.readTree(agreement.out()).get("agreements")) {
      if (row.get("first").asText().equals("ann") && row.get("second").asText().equals("ben")) {
        annBen = row;
      }
    }
    assertThat(annBen).isNotNull();
    assertThat(annBen.get("pairs").asInt()).isEqualTo(6);
    // p_o = 4/6; ann treats 3 none 3, ben treats 3 none 3: p_e = 1/2; kappa = (2/3 - 1/2) / (1/2).
    assertThat(annBen.get("kappa").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
  }

  private static String[] merged(List<Path> projects, Path team) {
    List<String> args = new ArrayList<>(List.of("merge"));
    projects.forEach(p -> args.add(p.toString()));
    args.addAll(List.of("--project", team.toString()));
    return args.toArray(String[]::new);
  }

  @Test
  void mergingTheSameFilesTwiceChangesNothing() throws Exception {
    List<Path> projects = decideEverywhere();
    Path team = folder.resolve("team.relex");
    assertThat(relex(merged(projects, team)).exit()).isZero();
    String once = dump(team);

    Run again = relex(merged(projects, team));
    List<Path> twice = new ArrayList<>(projects);
    twice.addAll(projects);
    Path other = folder.resolve("other.relex");
    Run doubled = relex(merged(twice, other));

    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains(", 0 decisions added, ");
    assertThat(dump(team)).isEqualTo(once);
    assertThat(doubled.exit()).isZero();
    assertThat(dump(other)).isEqualTo(once);
  }

  @Test
  void mergeRefusesAProjectOfAnotherCorpusAndWritesNothing() throws Exception {
    List<Path> projects = decideEverywhere();
    Path stranger = folder.resolve("stranger.relex");
    try (ProjectDatabase project = ProjectDatabase.create(stranger)) {
      project.contents().putDocuments(TeamStudy.documents("sha256:0ther"));
    }
    List<Path> files = new ArrayList<>(projects);
    files.add(stranger);
    Path team = folder.resolve("team.relex");

    Run run = relex(merged(files, team));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(stranger + " is of another corpus").contains("D1");
    assertThat(team).doesNotExist();
  }

  @Test
  void mergeRefusesAProjectOfAnotherModelNamingTheFile() throws Exception {
    List<Path> projects = decideEverywhere();
    Path team = folder.resolve("team.relex");
    assertThat(relex(merged(projects, team)).exit()).isZero();
    String before = dump(team);
    Path stranger = folder.resolve("stranger.relex");
    try (ProjectDatabase project = ProjectDatabase.create(stranger)) {
      project.contents().putDocuments(TeamStudy.documents(TeamStudy.HASH));
      project.contents().putModels(List.of(new ModelIdentity("sha256:beef", "other", null, false)));
    }

    Run run = relex("merge", stranger.toString(), "--project", team.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(stranger + " is of another model").contains("sha256:beef");
    assertThat(dump(team)).isEqualTo(before);
  }

  @Test
  void conflictingMentionEditsOfTwoCuratorsAreListedAsDisputes() throws Exception {
    assign("team");
    Entity file =
        new Entity("T4", "Disease", List.of(new Span(60, 70)), "tumour mas", List.of(), null);
    edit("ann", MentionEdit.changed("D5", file, moved(file, 60, 66, "Disease")));
    edit("ben", MentionEdit.changed("D5", file, moved(file, 60, 70, "Chemical")));
    edit("ann", MentionEdit.added("D6", added(0, 9, "Chemical")));
    edit("ben", MentionEdit.added("D6", added(4, 12, "Gene")));
    // The same addition by two curators is agreement, not a dispute.
    edit("ann", MentionEdit.added("D4", added(20, 25, "Chemical")));
    edit("cat", MentionEdit.added("D4", added(20, 25, "Chemical")));
    List<Path> projects =
        TEAM.stream().map(c -> folder.resolve("team").resolve(c + ".relex")).toList();

    Run run = relex(merged(projects, folder.resolve("team.relex")));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("2 mention disputes")
        .contains("D5 mention T4: ann made it \"tumour\" Disease [60-66]; ben made it")
        .contains("D6: overlapping added mentions: ann added")
        .doesNotContain("D4");
    Run agreement = relex("agreement", folder.resolve("team.relex").toString(), "--json");
    JsonNode disputes = JSON.readTree(agreement.out()).get("mention_disputes");
    assertThat(disputes).hasSize(2);
    assertThat(disputes.get(0).get("file_mention").asText()).isEqualTo("T4");
    assertThat(disputes.get(1).get("document").asText()).isEqualTo("D6");
  }

  private void edit(String curator, MentionEdit edit) throws Exception {
    try (ProjectDatabase project =
        ProjectDatabase.open(folder.resolve("team").resolve(curator + ".relex"))) {
      project
          .decisions()
          .record(
              DecisionDraft.mentionEdit(
                  edit, curator, "", TeamStudy.START.plusSeconds(500), Duration.ZERO));
    }
  }

  private static Entity moved(Entity mention, int start, int end, String type) {
    String text = "tumour mass".substring(0, end - start);
    return new Entity(
        "+" + start + "-" + end + ":" + type,
        type,
        List.of(new Span(start, end)),
        text,
        List.of(),
        null);
  }

  private static Entity added(int start, int end, String type) {
    return new Entity(
        "+" + start + "-" + end + ":" + type,
        type,
        List.of(new Span(start, end)),
        "x".repeat(end - start),
        List.of(),
        null);
  }
}
