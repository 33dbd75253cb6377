package dev.accord.cli;

import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.ScorecardEngine;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.ScorecardQuery;
import dev.accord.json.ScorecardJson;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord scorecard}: the one scorecard, computed from the stored history. */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    header = "Print the scorecard: every KPI of the accord, its status, trend and breakdowns.",
    description = {
      "Compute every KPI of the accord from the stored events and stage history over a period"
          + " (default: all the data), with its target and green/amber/red status, the previous"
          + " period and the trend, and its breakdown by each of its dimensions (or only by"
          + " --by). Then the watermelons (activity KPIs green while an outcome they feed is"
          + " amber or red, and activity KPIs that feed no outcome), the story of the numbers and"
          + " the funnel of each pipeline by month.",
      "",
      "--as-of computes the scorecard from what had happened and reached Accord by then, so a"
          + " scorecard printed last week can be printed again exactly, whatever arrived since."
          + " Periods and months are in UTC."
    })
final class ScorecardCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "The period: " + Period.FORMATS + " (default: all the data).")
  String period;

  @Option(
      names = "--as-of",
      paramLabel = "WHEN",
      description =
          "Only what was known then: a date (the end of that day, UTC) or an instant such as"
              + " 2026-11-20T17:00:00Z (default: now).")
  String asOf;

  @Option(
      names = "--by",
      paramLabel = "DIM",
      description = "Break every KPI down by this dimension only.")
  String by;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  /** The output forms; the terminal table when none is given. */
  static final class Format {
    @Option(names = "--json", description = "Print the scorecard as JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print one CSV row per KPI, dimension and key.")
    boolean csv;

    @Option(names = "--md", description = "Print the scorecard as a Markdown document.")
    boolean markdown;
  }

  @Override
  public Integer call() {
    Optional<Period> chosen = Optional.ofNullable(period).map(ScorecardCommand::period);
    Instant instant =
        Optional.ofNullable(asOf).map(ScorecardCommand::instant).orElseGet(Instant::now);
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      ScorecardEngine engine = workspace.accord().scorecardEngine();
      if (by != null && !engine.dimensionIds().contains(by)) {
        throw new UserError(
            "the accord declares no dimension `" + by + "`",
            engine.dimensionIds().isEmpty()
                ? "declare dimensions under `dimensions` in accord.yaml"
                : "use one of: " + String.join(", ", engine.dimensionIds()));
      }
      ScorecardFacts facts = workspace.store().scorecardFacts();
      Scorecard scorecard =
          engine.compute(
              facts, new ScorecardQuery(chosen, Optional.of(instant), Optional.ofNullable(by)));
      PrintWriter out = spec.commandLine().getOut();
      if (format.json) {
        JsonOutput.print(out, ScorecardJson.of(scorecard));
      } else if (format.csv) {
        ScorecardCsv.print(out, scorecard);
      } else if (format.markdown) {
        out.print(ScorecardMarkdown.of(workspace.accord().info().name(), scorecard));
      } else {
        ScorecardTable.print(out, scorecard);
      }
      out.flush();
    }
    return ExitCode.OK;
  }

  private static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError("--period " + e.getMessage(), "write " + Period.FORMATS);
    }
  }

  /** A date means the end of that day in UTC; an instant means itself. */
  static Instant instant(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text)
            .plusDays(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .minusMillis(1);
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserError(
          "--as-of `" + text + "` is neither a date nor an instant",
          "write a date such as 2026-11-20 or an instant such as 2026-11-20T17:00:00Z");
    }
  }
}
