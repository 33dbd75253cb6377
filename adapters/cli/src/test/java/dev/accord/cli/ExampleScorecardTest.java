package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecards of both example workspaces, imported and printed through the CLI, against the same
 * figures worked out here from the CSV files with plain Java — every KPI in total and for every key
 * of every breakdown. Ratios are compared to four places, as the examples' READMEs state them;
 * counts, sums and medians exactly.
 */
class ExampleScorecardTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NONE = "(no value)";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @TempDir static Path temp;

  private static Path crm;
  private static Path leads;
  private static JsonNode crmScorecard;
  private static JsonNode leadScorecard;

  @BeforeAll
  static void importBothExamples() throws IOException {
    crm = Examples.copy("crm-sales-opportunities", temp);
    importCsv(crm, "sales_pipeline.csv");
    crmScorecard = scorecard(crm);
    leads = Examples.copy("x-education-leads", temp);
    importCsv(leads, "Leads.csv");
    leadScorecard = scorecard(leads);
  }

  /** One deal of sales_pipeline.csv, with what the reference files add to it. */
  private record Deal(String stage, long value, Long cycleDays, Map<String, String> keys) {}

  @Test
  void every_figure_of_the_crm_scorecard_matches_the_csv_files() {
    List<Deal> deals = deals();
    // The README's headline figures, as a check on the calculation here.
    assertThat(deals.stream().filter(d -> d.stage().equals("Won")).count()).isEqualTo(4238);
    assertThat(deals.stream().filter(d -> d.stage().equals("Lost")).count()).isEqualTo(2473);

    Map<String, Function<List<Deal>, Double>> kpis = new TreeMap<>();
    kpis.put("won_count", group -> count(group, "Won"));
    kpis.put("lost_count", group -> count(group, "Lost"));
    kpis.put(
        "win_rate",
        group -> {
          double won = count(group, "Won");
          double closed = won + count(group, "Lost");
          return closed == 0 ? null : won / closed;
        });
    kpis.put(
        "won_value",
        group -> {
          long total =
              group.stream().filter(d -> d.stage().equals("Won")).mapToLong(Deal::value).sum();
          return count(group, "Won") == 0 ? null : (double) total;
        });
    kpis.put(
        "median_cycle_days",
        group ->
            median(
                group.stream()
                    .filter(d -> d.stage().equals("Won"))
                    .map(d -> (double) d.cycleDays())
                    .toList()));

    assertThat(rounded(total(crmScorecard, "win_rate"))).isEqualTo(0.6315);
    assertThat(total(crmScorecard, "won_value")).isEqualTo(10_005_534.0);
    assertThat(total(crmScorecard, "median_cycle_days")).isEqualTo(57.0);
    for (var kpi : kpis.entrySet()) {
      assertThat(round(kpi.getKey(), total(crmScorecard, kpi.getKey())))
          .as(kpi.getKey())
          .isEqualTo(round(kpi.getKey(), kpi.getValue().apply(deals)));
      for (String dimension :
          List.of(
              "regional_office",
              "manager",
              "sales_agent",
              "product_series",
              "sector",
              "close_quarter")) {
        Map<String, Double> expected = new TreeMap<>();
        groupBy(deals, d -> d.keys().get(dimension))
            .forEach((key, group) -> {
              Double value = kpi.getValue().apply(group);
              // A group counts for a KPI only where it has something to count, as in the README.
              boolean counted =
                  switch (kpi.getKey()) {
                    case "lost_count" -> count(group, "Lost") > 0;
                    case "win_rate" -> count(group, "Won") + count(group, "Lost") > 0;
                    default -> count(group, "Won") > 0;
                  };
              if (counted) {
                expected.put(key, round(kpi.getKey(), value));
              }
            });
        assertThat(breakdown(crmScorecard, kpi.getKey(), dimension, kpi.getKey()))
            .as(kpi.getKey() + " by " + dimension)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void every_figure_of_the_x_education_scorecard_matches_leads_csv() {
    Path csv = leads.resolve("Leads.csv");
    List<String> header = CsvRows.header(csv);
    List<List<String>> rows = CsvRows.of(csv);
    int source = header.indexOf("Lead Source");
    int origin = header.indexOf("Lead Origin");
    int converted = header.indexOf("Converted");
    assertThat(rows).hasSize(9237);

    assertThat(total(leadScorecard, "lead_count")).isEqualTo(9237.0);
    assertThat(rounded(total(leadScorecard, "conversion_rate"))).isEqualTo(0.3853);
    for (var dimension : Map.of("source", source, "origin", origin).entrySet()) {
      Map<String, List<List<String>>> groups =
          groupBy(
              rows,
              row -> {
                String value = row.get(dimension.getValue());
                if (value.isEmpty()) {
                  return NONE;
                }
                return dimension.getKey().equals("source") ? value.toLowerCase(Locale.ROOT) : value;
              });
      Map<String, Double> counts = new TreeMap<>();
      Map<String, Double> conversion = new TreeMap<>();
      groups.forEach((key, group) -> {
        counts.put(key, (double) group.size());
        long yes = group.stream().filter(row -> row.get(converted).equals("1")).count();
        conversion.put(key, rounded((double) yes / group.size()));
      });
      assertThat(breakdown(leadScorecard, "lead_count", dimension.getKey(), "count"))
          .as("lead_count by " + dimension.getKey())
          .isEqualTo(counts);
      assertThat(breakdown(leadScorecard, "conversion_rate", dimension.getKey(), "ratio"))
          .as("conversion_rate by " + dimension.getKey())
          .isEqualTo(conversion);
    }
    // google is Google and google together.
    assertThat(breakdown(leadScorecard, "lead_count", "source", "count"))
        .containsEntry("google", 2872.0);

    List<String> fields =
        List.of(
            "Specialization",
            "How did you hear about X Education",
            "Lead Profile",
            "City",
            "Country",
            "What is your current occupation",
            "What matters most to you in choosing a course",
            "Tags",
            "Lead Quality");
    Map<String, Double> completeness = new TreeMap<>();
    long filled = 0;
    for (String field : fields) {
      int column = header.indexOf(field);
      long here = rows.stream().filter(row -> isFilled(row.get(column))).count();
      filled += here;
      completeness.put(field, rounded((double) here / rows.size()));
    }
    assertThat(breakdown(leadScorecard, "field_completeness", "field", "ratio"))
        .isEqualTo(completeness);
    assertThat(rounded(total(leadScorecard, "field_completeness")))
        .isEqualTo(rounded((double) filled / (rows.size() * fields.size())))
        .isEqualTo(0.5534);
  }

  /** `Select` is the form's "nothing chosen"; the accord's other placeholders do not occur here. */
  private static boolean isFilled(String value) {
    return !value.isEmpty() && !value.equals("Select");
  }

  private List<Deal> deals() {
    Map<String, List<String>> teams = new HashMap<>();
    CsvRows.of(crm.resolve("sales_teams.csv")).forEach(row -> teams.put(row.get(0), row));
    Map<String, String> sectors = new HashMap<>();
    CsvRows.of(crm.resolve("accounts.csv")).forEach(row -> sectors.put(row.get(0), row.get(1)));
    Map<String, String> series = new HashMap<>();
    CsvRows.of(crm.resolve("products.csv")).forEach(row -> series.put(row.get(0), row.get(1)));
    List<Deal> deals = new ArrayList<>();
    for (List<String> row : CsvRows.of(crm.resolve("sales_pipeline.csv"))) {
      List<String> team = teams.get(row.get(1));
      LocalDate close = row.get(6).isEmpty() ? null : LocalDate.parse(row.get(6), DAY);
      Long cycle =
          close == null ? null : ChronoUnit.DAYS.between(LocalDate.parse(row.get(5), DAY), close);
      Map<String, String> keys = new HashMap<>();
      keys.put("regional_office", team == null ? NONE : team.get(2));
      keys.put("manager", team == null ? NONE : team.get(1));
      keys.put("sales_agent", row.get(1));
      keys.put("product_series", series.getOrDefault(row.get(2), NONE));
      keys.put("sector", sectors.getOrDefault(row.get(3), NONE));
      keys.put(
          "close_quarter",
          close == null ? NONE : close.getYear() + "-Q" + ((close.getMonthValue() - 1) / 3 + 1));
      long value = row.get(7).isEmpty() ? 0 : Long.parseLong(row.get(7));
      deals.add(new Deal(row.get(4), value, cycle, keys));
    }
    return deals;
  }

  private static double count(List<Deal> deals, String stage) {
    return deals.stream().filter(d -> d.stage().equals(stage)).count();
  }

  private static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static <T> Map<String, List<T>> groupBy(List<T> items, Function<T, String> key) {
    Map<String, List<T>> groups = new TreeMap<>();
    items.forEach(
        item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
    return groups;
  }

  private static Double round(String kpi, Double value) {
    return value == null ? null : kpi.equals("win_rate") ? rounded(value) : value;
  }

  private static double rounded(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static double total(JsonNode scorecard, String kpi) {
    return metric(scorecard, kpi).get("value").asDouble();
  }

  /** A breakdown of the printed scorecard; ratios rounded as the README rounds them. */
  private static Map<String, Double> breakdown(
      JsonNode scorecard, String kpi, String dimension, String unit) {
    Map<String, Double> values = new TreeMap<>();
    metric(scorecard, kpi)
        .get("breakdowns")
        .get(dimension)
        .properties()
        .forEach(entry -> {
          double value = entry.getValue().asDouble();
          boolean ratio = unit.equals("ratio") || unit.equals("win_rate");
          values.put(entry.getKey(), ratio ? rounded(value) : value);
        });
    return values;
  }

  private static JsonNode metric(JsonNode scorecard, String kpi) {
    for (JsonNode metric : scorecard.get("metrics")) {
      if (metric.get("id").asText().equals(kpi)) {
        return metric;
      }
    }
    throw new AssertionError("no KPI " + kpi + " in " + scorecard);
  }

  private static void importCsv(Path workspace, String file) {
    CliRun imported =
        CliRun.of(
            "import",
            workspace.resolve(file).toString(),
            "--mapping",
            workspace.resolve("mapping.yaml").toString(),
            "--workspace",
            workspace.toString());
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
  }

  private static JsonNode scorecard(Path workspace) throws IOException {
    CliRun printed = CliRun.of("scorecard", "--json", "--workspace", workspace.toString());
    assertThat(printed.exitCode()).as(printed.all()).isEqualTo(ExitCode.OK);
    return JSON.readTree(printed.out());
  }
}
