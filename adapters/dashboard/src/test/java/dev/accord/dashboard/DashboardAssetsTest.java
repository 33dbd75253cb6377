package dev.accord.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.scorecard.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every file a page loads comes from the jar: nothing from a CDN, nothing downloaded. */
class DashboardAssetsTest {

  @Test
  void every_asset_any_page_references_resolves_from_the_classpath() throws IOException {
    List<String> references = new ArrayList<>();
    for (String html : everyPage()) {
      Document page = Pages.parse(html);
      for (Element link : page.select("link[href]")) {
        references.add(link.attr("href"));
      }
      for (Element script : page.select("script[src]")) {
        references.add(script.attr("src"));
      }
      for (Element image : page.select("img[src]")) {
        references.add(image.attr("src"));
      }
    }
    assertThat(references)
        .contains(DashboardAssets.STYLESHEET, DashboardAssets.SCRIPT, DashboardAssets.ECHARTS);
    for (String reference : references) {
      assertThat(reference).startsWith(DashboardAssets.PREFIX);
      DashboardAssets.Asset asset = DashboardAssets.find(reference).orElseThrow();
      try (InputStream in = asset.open()) {
        assertThat(in.readNBytes(16)).as(reference).isNotEmpty();
      }
    }
  }

  @Test
  void every_asset_opens_with_its_content_type() throws IOException {
    for (String path : DashboardAssets.paths()) {
      DashboardAssets.Asset asset = DashboardAssets.find(path).orElseThrow();
      try (InputStream in = asset.open()) {
        assertThat(in.readNBytes(1)).as(path).hasSize(1);
      }
      assertThat(asset.contentType()).contains("charset=utf-8");
    }
    assertThat(DashboardAssets.find(DashboardAssets.ECHARTS).orElseThrow().contentType())
        .startsWith("text/javascript");
    assertThat(DashboardAssets.find(DashboardAssets.STYLESHEET).orElseThrow().contentType())
        .startsWith("text/css");
  }

  @Test
  void no_other_path_reaches_the_classpath() {
    assertThat(DashboardAssets.find("/assets/../dev/accord/dashboard/DashboardPages.class"))
        .isEmpty();
    assertThat(DashboardAssets.find("/assets/echarts/package.json")).isEmpty();
    assertThat(DashboardAssets.find("/assets/")).isEmpty();
  }

  @Test
  void the_dashboard_s_own_files_fetch_nothing_from_elsewhere() throws IOException {
    for (String path : List.of(DashboardAssets.STYLESHEET, DashboardAssets.SCRIPT)) {
      String text;
      try (InputStream in = DashboardAssets.find(path).orElseThrow().open()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(text).as(path).doesNotContain("http://", "https://", "@import", "fetch(");
    }
    for (String html : everyPage()) {
      assertThat(html).doesNotContain("http://", "https://");
    }
  }

  @Test
  void the_stylesheet_has_a_print_style_and_the_script_reads_the_data_block() throws IOException {
    try (InputStream in = DashboardAssets.find(DashboardAssets.STYLESHEET).orElseThrow().open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("@media print");
    }
    try (InputStream in = DashboardAssets.find(DashboardAssets.SCRIPT).orElseThrow().open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("dashboard-data", "echarts.init");
    }
  }

  private static List<String> everyPage() {
    Frame frame = Fixtures.frame(Fixtures.DEFAULT).with(Section.values());
    Scorecard scorecard = Fixtures.scorecard(Fixtures.DEFAULT);
    ChangeRequest request =
        ChangeRequest.between("cr", "t", "olivia", "proposed", Fixtures.DEFAULT, Fixtures.DEFAULT)
            .withImpact(scorecard, scorecard);
    return List.of(
        DashboardPages.scorecardPage(frame, scorecard),
        DashboardPages.kpiPage(frame, scorecard, "mql_to_sql").orElseThrow(),
        DashboardPages.funnelPage(frame, scorecard),
        DashboardPages.slaBoardPage(frame, Fixtures.board()),
        DashboardPages.exceptionsPage(frame, ExceptionList.of(Fixtures.queue(), Fixtures.NOW)),
        DashboardPages.accordPage(frame, Fixtures.DEFAULT),
        DashboardPages.goalsPage(frame, scorecard),
        DashboardPages.changeRequestsPage(frame, List.of(request)),
        DashboardPages.changeRequestPage(frame, request),
        DashboardPages.decisionsPage(
            frame,
            List.of(
                new Decision(
                    Instant.EPOCH, DecisionDomain.KPI_TARGET, "t", "grace", "approved", ""))),
        DashboardPages.backlogPage(frame, List.of(new BacklogItem("b", "t", "sdr", "new", 1))),
        DashboardPages.loginPage(Optional.of("no")));
  }
}
