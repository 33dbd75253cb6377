package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.scorecard.Scorecard;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Writes every page over the test fixtures, and the assets beside them, to {@code
 * target/dashboard-preview}: serve that folder (any static file server) and open the pages in a
 * browser to see them as a person would, on screen and in print preview.
 */
final class PreviewPages {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/dashboard-preview");
    Files.createDirectories(dir.resolve("assets/echarts"));
    for (String path : DashboardAssets.paths()) {
      try (InputStream in = DashboardAssets.find(path).orElseThrow().open()) {
        Files.copy(in, dir.resolve(path.substring(1)), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Accord accord = Fixtures.DEFAULT;
    Frame frame = Fixtures.frame(accord).with(Section.values());
    Scorecard scorecard = Fixtures.scorecard(accord);
    write(dir, "scorecard", DashboardPages.scorecardPage(frame, scorecard));
    write(dir, "kpi", DashboardPages.kpiPage(frame, scorecard, "mql_to_sql").orElseThrow());
    write(dir, "funnel", DashboardPages.funnelPage(frame, scorecard));
    write(dir, "sla", DashboardPages.slaBoardPage(frame, Fixtures.board()));
    write(
        dir,
        "exceptions",
        DashboardPages.exceptionsPage(
            frame.withNotice(Notice.done("Exception e1routing000 assigned to Maria Lopez.")),
            ExceptionList.of(Fixtures.queue(), Fixtures.NOW)));
    write(dir, "accord", DashboardPages.accordPage(frame, accord));
    write(dir, "goals", DashboardPages.goalsPage(frame, scorecard));
    Accord hostile = Fixtures.withKpiName(accord, "mql_volume", Fixtures.HOSTILE);
    ChangeRequest request =
        ChangeRequest.between("cr-1", "Rename MQL volume", "olivia", "proposed", accord, hostile)
            .withImpact(scorecard, Fixtures.scorecard(hostile));
    write(dir, "change", DashboardPages.changeRequestPage(frame, request));
    write(dir, "changes", DashboardPages.changeRequestsPage(frame, List.of(request)));
    write(
        dir,
        "decisions",
        DashboardPages.decisionsPage(
            frame,
            List.of(
                new Decision(
                    Fixtures.NOW,
                    DecisionDomain.SLA_CHANGE,
                    "Speed to lead 15m to 30m",
                    "daniel",
                    "approved",
                    "Weekend cover"))));
    write(
        dir,
        "backlog",
        DashboardPages.backlogPage(
            frame, List.of(new BacklogItem("b-1", "Route NZ leads", "sdr", "planned", 1))));
    write(dir, "login", DashboardPages.loginPage(Optional.of("That token is not valid.")));
    write(
        dir,
        "hostile",
        DashboardPages.scorecardPage(Fixtures.frame(hostile), Fixtures.scorecard(hostile)));
  }

  private static void write(Path dir, String name, String html) throws Exception {
    Files.writeString(dir.resolve(name + ".html"), html);
  }
}
