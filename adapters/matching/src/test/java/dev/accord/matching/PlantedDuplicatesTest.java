package dev.accord.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.ExceptionCase.SuspectedDuplicate;
import dev.accord.generator.FunnelGenerator;
import dev.accord.generator.GeneratorSettings;
import dev.accord.generator.GroundTruth;
import dev.accord.generator.Truth.PlantedDuplicate;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index finds the duplicates the generator planted in a funnel of 20,000 leads drawn from the
 * default accord, and little else.
 *
 * <p>Both sides are compared as groups of records that are one person, since a person typed in
 * three times is one finding however the pairs are drawn: the planted groups are each original with
 * its duplicates; the found groups are the connected components of the suspected pairs (a record
 * suspected against B and B against A puts A, B and C in one group). Each group stands for all
 * unordered pairs of its records. Precision is the share of found pairs that were planted, recall
 * the share of planted pairs that were found.
 */
class PlantedDuplicatesTest {

  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
  private static final Accord ACCORD =
      new AccordFileReader().read("default", DefaultAccord.text()).accord().orElseThrow();

  private static List<RecordCreated> leads;
  private static Set<Pair> planted;

  @BeforeAll
  static void generate() {
    var funnel = FunnelGenerator.generate(ACCORD, GeneratorSettings.of(20_000, 7, START));
    leads = new ArrayList<>();
    funnel
        .events()
        .filter(event -> event.header().objectType().equals("lead"))
        .forEach(event -> {
          if (event instanceof RecordCreated created) {
            leads.add(created);
          }
        });
    Groups truth = new Groups();
    for (PlantedDuplicate pair : GroundTruth.of(funnel.groundTruth()).duplicates()) {
      truth.join(pair.originalId(), pair.duplicateId());
    }
    planted = truth.pairs();
  }

  @Test
  void theDefaultAccordsRuleFindsThePlantedDuplicates() {
    Score score = score(DuplicateIndex.of(ACCORD, "lead", "US").orElseThrow());

    System.out.println("default rule: " + score);
    assertThat(planted).hasSizeGreaterThan(400);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void namesAndCompaniesAloneFindThePairsThatHaveThem() {
    // Without email and phone only the fuzzy signal is left. Many leads are created before their
    // names or company are filled in, and a pair without them cannot be told by them; among the
    // pairs where both records have both, the typos, capitals and legal forms the generator
    // varies must all fall within the default thresholds.
    Score score = score(only(DuplicateSignal.NAME_AND_COMPANY));
    Fingerprinter fingerprinter = Fingerprinter.of(ACCORD, "lead", "US");
    Set<String> named = new HashSet<>();
    leads.stream()
        .filter(lead -> fingerprinter.of(lead.fields()).named())
        .forEach(lead -> named.add(lead.recordId()));
    Set<Pair> comparable = new HashSet<>(planted);
    comparable.removeIf(pair -> !named.contains(pair.one()) || !named.contains(pair.other()));
    long found = comparable.stream().filter(score.pairs()::contains).count();

    System.out.println(
        "name and company only: "
            + score
            + "; "
            + found
            + " of "
            + comparable.size()
            + " planted pairs with names and companies found");
    assertThat(comparable).hasSizeGreaterThan(100);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(found / (double) comparable.size()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void emailAloneIsExact() {
    // Every planted duplicate keeps its mailbox, written another way at most; nobody else shares
    // it.
    Score score = score(only(DuplicateSignal.EMAIL));

    System.out.println("email only: " + score);
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void everySuspicionCarriesItsEvidence() {
    DuplicateIndex index = DuplicateIndex.of(ACCORD, "lead", "US").orElseThrow();
    List<SuspectedDuplicate> found = new ArrayList<>();
    leads.forEach(lead -> found.addAll(index.add(lead)));

    assertThat(found).isNotEmpty();
    for (SuspectedDuplicate suspicion : found) {
      assertThat(suspicion.signals()).isNotEmpty();
      assertThat(suspicion.evidence()).isNotEmpty();
      assertThat(suspicion.duplicateOf()).isNotEqualTo(suspicion.recordId());
    }
  }

  private static DuplicateIndex only(DuplicateSignal signal) {
    DuplicateRule rule = ACCORD.duplicateRule("lead").orElseThrow();
    Accord narrowed =
        new Accord(
            ACCORD.schemaVersion(),
            ACCORD.info(),
            ACCORD.sentinels(),
            ACCORD.reasonCodes(),
            ACCORD.guardrails(),
            ACCORD.objects(),
            ACCORD.teams(),
            ACCORD.people(),
            ACCORD.calendars(),
            ACCORD.handoffs(),
            ACCORD.routing(),
            ACCORD.dimensions(),
            ACCORD.kpis(),
            ACCORD.decisionRights(),
            ACCORD.goals(),
            List.of(
                new DuplicateRule(
                    "lead", List.of(signal), rule.nameSimilarity(), rule.companySimilarity())),
            ACCORD.exceptions());
    return DuplicateIndex.of(narrowed, "lead", "US").orElseThrow();
  }

  private static Score score(DuplicateIndex index) {
    Groups found = new Groups();
    for (RecordCreated lead : leads) {
      for (SuspectedDuplicate suspicion : index.add(lead)) {
        found.join(suspicion.duplicateOf(), suspicion.recordId());
      }
    }
    Set<Pair> pairs = found.pairs();
    long right = pairs.stream().filter(planted::contains).count();
    return new Score(pairs, planted.size(), right);
  }

  record Score(Set<Pair> pairs, long planted, long right) {
    double precision() {
      return pairs.isEmpty() ? 0 : right / (double) pairs.size();
    }

    double recall() {
      return right / (double) planted;
    }

    @Override
    public String toString() {
      return String.format(
          "%d pairs found, %d planted, %d right: precision %.4f, recall %.4f",
          pairs.size(), planted, right, precision(), recall());
    }
  }

  /** An unordered pair of record ids. */
  record Pair(String one, String other) {
    static Pair of(String a, String b) {
      return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }
  }

  /** Records joined into groups, transitively. */
  private static final class Groups {
    private final Map<String, String> parent = new HashMap<>();

    void join(String a, String b) {
      parent.put(root(a), root(b));
    }

    private String root(String id) {
      String up = parent.getOrDefault(id, id);
      if (up.equals(id)) {
        return id;
      }
      String top = root(up);
      parent.put(id, top);
      return top;
    }

    Set<Pair> pairs() {
      Map<String, List<String>> members = new HashMap<>();
      for (String id : new ArrayList<>(parent.keySet())) {
        members.computeIfAbsent(root(id), r -> new ArrayList<>()).add(id);
      }
      members.forEach((r, ids) -> {
        if (!ids.contains(r)) {
          ids.add(r);
        }
      });
      Set<Pair> pairs = new HashSet<>();
      for (List<String> group : members.values()) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            pairs.add(Pair.of(group.get(i), group.get(j)));
          }
        }
      }
      return pairs;
    }
  }
}
