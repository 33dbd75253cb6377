package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exception queue worked end to end on the opportunities example. */
class ExceptionQueueCommandsTest {

  @TempDir Path temp;

  private Path workspace;

  @BeforeEach
  void importTheOpportunities() {
    workspace = Examples.copy("crm-sales-opportunities", temp);
    CliRun imported =
        CliRun.of(
            "import",
            workspace.resolve("sales_pipeline.csv").toString(),
            "--mapping",
            workspace.resolve("mapping.yaml").toString(),
            "--workspace",
            workspace.toString(),
            "--json");
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--workspace";
    all[args.length + 1] = workspace.toString();
    return CliRun.of(all);
  }

  private JsonNode json(String... args) throws Exception {
    CliRun listed = run(args);
    assertThat(listed.exitCode()).as(listed.all()).isEqualTo(ExitCode.OK);
    return new ObjectMapper().readTree(listed.out());
  }

  @Test
  void anExceptionIsListedAssignedAndResolvedWithItsTrail() throws Exception {
    JsonNode open =
        json(
                "exceptions",
                "--status",
                "open",
                "--type",
                "data_quality",
                "--owner",
                "revops",
                "--json")
            .get("exceptions");
    assertThat(open).hasSize(100);
    JsonNode first = open.get(0);
    // The example's accord has no revops team and leaves data-quality findings to the defaults;
    // their five days are business days on its calendar.
    assertThat(first.get("severity").asText()).isEqualTo("low");
    assertThat(first.get("description").asText())
        .isEqualTo(
            "Record HAXMC4IX: field account holds the placeholder \"null\", which counts as empty.");
    String id = first.get("id").asText();
    String shown = id.substring(0, 12);

    CliRun assigned = run("exceptions", "assign", shown, "--to", "sales", "--by", "priya");
    CliRun resolved =
        run(
            "exceptions",
            "resolve",
            shown,
            "--code",
            "fixed_in_crm",
            "--note",
            "account filled in",
            "--by",
            "ana");
    CliRun again = run("exceptions", "resolve", shown, "--code", "fixed_in_crm", "--by", "ana");

    assertThat(assigned.out())
        .isEqualTo(
            "Exception " + shown + " assigned to sales (was revops), due 2016-11-09T22:00:00Z.\n");
    assertThat(resolved.out())
        .isEqualTo("Exception " + shown + " resolved (fixed_in_crm) by ana.\n");
    assertThat(again.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(again.err()).contains("cannot do that: the exception is resolved already");
    JsonNode closed = json("exceptions", "--status", "resolved", "--json").get("exceptions");
    assertThat(closed).hasSize(1);
    assertThat(closed.get(0).get("owner").asText()).isEqualTo("sales");
    assertThat(closed.get(0).get("resolutionCode").asText()).isEqualTo("fixed_in_crm");
    assertThat(closed.get(0).get("audit"))
        .extracting(entry -> entry.get("what").asText() + ":" + entry.get("after").asText())
        .containsExactly(
            "owner:sales",
            "status:resolved",
            "resolution_code:fixed_in_crm",
            "comment:account filled in");
    assertThat(run("exceptions", "assign", "zzz", "--to", "sales").err())
        .contains("no exception `zzz` in the queue");
  }

  @Test
  void aDisputeJoinsTheQueueForItsOwner() throws Exception {
    CliRun disputed = run("dispute", "win_rate", "--note", "counts test deals", "--by", "olivia");
    CliRun unknown = run("dispute", "no_such_kpi", "--note", "?", "--by", "olivia");

    assertThat(disputed.exitCode()).as(disputed.all()).isEqualTo(ExitCode.OK);
    assertThat(disputed.out())
        .matches(
            "Dispute [0-9a-f]{12} on KPI win_rate queued for \\S+ \\(medium severity\\), due \\S+\\.\n");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(unknown.err()).contains("the accord has no KPI `no_such_kpi`");
    JsonNode disputes =
        json("exceptions", "--type", "reporting_dispute", "--json").get("exceptions");
    assertThat(disputes).hasSize(1);
    assertThat(disputes.get(0).get("recordId").asText()).isEqualTo("win_rate");
    assertThat(disputes.get(0).get("description").asText())
        .isEqualTo("olivia disputes KPI win_rate: counts test deals");
  }

  @Test
  void theTriagePackCountsTheWeekInMarkdownAndHtml() {
    CliRun markdown = run("triage", "--week", "2017-W10");
    CliRun html = run("triage", "--week", "2017-W10", "--format", "html");

    assertThat(markdown.exitCode()).as(markdown.all()).isEqualTo(ExitCode.OK);
    assertThat(markdown.out())
        .startsWith(
            "# Exception triage, week 2017-W10 (2017-03-06 to 2017-03-12)\n\n"
                + "As of 2017-03-13T00:00:00Z: 59 new, 0 aging, 537 overdue.\n\n"
                + "## New this week\n\n"
                + "| Type | Owner | Count |\n"
                + "| --- | --- | --- |\n"
                + "| missing_required_field | sales | 19 |\n"
                + "| data_quality | revops | 40 |\n")
        .contains("## Routing failures\n\n_No routing failures._\n")
        .contains("| unknown_reference in product (\"GTXPro\") | 21 |\n")
        .endsWith(
            "## Trend\n\n| Week | Raised |\n| --- | --- |\n| 2017-W07 | 57 |\n| 2017-W08 | 72 |\n"
                + "| 2017-W09 | 73 |\n| 2017-W10 | 59 |\n");
    assertThat(html.exitCode()).as(html.all()).isEqualTo(ExitCode.OK);
    // Self-contained: the style is inline and nothing is fetched from elsewhere.
    assertThat(html.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<style>", "@media print", "<h2>Aging (raised before this week, still open)</h2>")
        .contains("<tr><td>data_quality</td><td>revops</td><td class=\"n\">40</td></tr>")
        .contains(
            "<td>unknown_reference in product (&quot;GTXPro&quot;)</td><td class=\"n\">21</td>")
        .doesNotContain("http://", "https://", "<link", "<script");
    assertThat(run("triage", "--week", "2017-W60").err()).contains("`2017-W60` is not a week");
  }
}
