package dev.accord.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.scorecard.Scorecard;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ScorecardPageTest {

  private final Accord accord = Fixtures.DEFAULT;
  private final Scorecard scorecard = Fixtures.scorecard(accord);
  private final Document page =
      Pages.parse(DashboardPages.scorecardPage(Fixtures.frame(accord), scorecard));

  @Test
  void the_frame_names_the_accord_its_version_and_the_user_and_offers_the_pages_with_data() {
    assertThat(page.title()).isEqualTo("Scorecard · Revenue accord");
    assertThat(page.selectFirst("[data-testid=accord-name]").text()).isEqualTo("Revenue accord");
    assertThat(page.selectFirst("[data-testid=accord-version]").text()).isEqualTo("version 1");
    assertThat(page.selectFirst("[data-testid=user]").text()).contains("Priya Shah");
    assertThat(Pages.texts(page, "nav a"))
        .containsExactly("Scorecard", "Funnel", "SLA board", "Exceptions", "Accord", "Goals");
    assertThat(page.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Scorecard");
    assertThat(page.selectFirst(".subtitle").text()).isEqualTo("Period 2026-11 · accord version 1");
  }

  @Test
  void a_tile_per_kpi_with_its_value_status_in_words_target_and_trend() {
    assertThat(page.select("[data-testid=tile]")).hasSize(accord.kpis().size());
    Element volume = tile("mql_volume");
    assertThat(volume.attr("data-status")).isEqualTo("green");
    assertThat(volume.selectFirst(".tile-name").text()).isEqualTo("MQL volume");
    assertThat(volume.selectFirst("[data-testid=tile-value]").text()).isEqualTo("500");
    assertThat(volume.selectFirst(".badge").text()).isEqualTo("✓ Green: on target");
    assertThat(volume.selectFirst(".tile-target").text())
        .isEqualTo("Target 480 or more; green from 480, amber from 400");
    assertThat(volume.selectFirst("[data-testid=tile-trend]").text())
        .isEqualTo("↑ Up 66.7% on 2026-10 (from 300), for the better");
    assertThat(volume.selectFirst("a[href=/scorecard/mql_volume]")).isNotNull();

    Element conversion = tile("mql_to_sql");
    assertThat(conversion.attr("data-status")).isEqualTo("red");
    assertThat(conversion.selectFirst("[data-testid=tile-value]").text()).isEqualTo("8.0%");
    assertThat(conversion.selectFirst(".badge").text()).isEqualTo("✗ Red: off target");
    assertThat(conversion.selectFirst("[data-testid=tile-trend]").text()).endsWith("for the worse");

    Element won = tile("won_revenue");
    assertThat(won.attr("data-status")).isEqualTo("none");
    assertThat(won.selectFirst("[data-testid=tile-value]").text()).isEqualTo("No data");
    assertThat(won.selectFirst(".badge").text()).isEqualTo("– No data");
  }

  @Test
  void every_status_colour_comes_with_an_icon_and_a_word() {
    for (Element badge : page.select(".badge")) {
      assertThat(badge.selectFirst(".icon").text()).isNotBlank();
      assertThat(badge.ownText()).isNotBlank();
    }
  }

  @Test
  void the_sparklines_are_drawn_from_the_previous_and_current_values_in_the_data_block() {
    Element spark = tile("mql_volume").selectFirst(".sparkline");
    assertThat(spark.attr("data-chart")).isEqualTo("spark-mql_volume");
    assertThat(spark.attr("aria-label"))
        .isEqualTo("Trend of MQL volume: 300 in 2026-10, 500 in 2026-11");
    assertThat(Pages.chartData(page))
        .contains(
            "\"spark-mql_volume\":{\"kind\":\"sparkline\",\"labels\":[\"2026-10\",\"2026-11\"],"
                + "\"values\":[300,500],\"unit\":\"count\",\"status\":\"green\"}");
    for (Element chart : page.select("[data-chart]")) {
      assertThat(Pages.chartData(page)).contains("\"" + chart.attr("data-chart") + "\":{");
    }
    // No previous value and no value: nothing to draw.
    assertThat(tile("won_revenue").selectFirst(".sparkline")).isNull();
  }

  @Test
  void earlier_scorecards_lengthen_the_sparklines() {
    Document withHistory =
        Pages.parse(
            DashboardPages.scorecardPage(
                Fixtures.frame(accord), scorecard, List.of(scorecard, scorecard)));
    assertThat(withHistory.selectFirst("[data-kpi=mql_volume] .sparkline").attr("aria-label"))
        .isEqualTo("Trend of MQL volume: 500 in 2026-11, 500 in 2026-11, 500 in 2026-11");
  }

  @Test
  void the_watermelon_panel_names_the_activity_green_over_its_red_outcome() {
    Element panel = page.selectFirst("[data-testid=watermelon-panel]");
    List<Element> melons = panel.select("[data-testid=watermelon]");
    assertThat(melons).isNotEmpty();
    Element volume =
        melons.stream()
            .filter(m -> m.selectFirst("strong").text().equals("Green over red: MQL volume"))
            .findFirst()
            .orElseThrow();
    assertThat(volume.attr("data-kind")).isEqualTo("green_over_red");
    assertThat(volume.selectFirst(".chain").text()).isEqualTo("MQL volume → MQL to SQL conversion");
    assertThat(volume.selectFirst("p").text())
        .contains("MQL to SQL conversion, the outcome it feeds, is red");
  }

  @Test
  void the_story_tells_the_engine_s_lines_under_their_topics() {
    Element story = page.selectFirst("[data-testid=story]");
    List<Element> lines = story.select("li");
    assertThat(lines).hasSize(scorecard.story().size());
    assertThat(lines.getFirst().attr("data-topic")).isEqualTo("watermelon");
    assertThat(lines.stream().map(l -> l.attr("data-topic")))
        .contains("mover", "bottleneck", "sla_hotspot", "data_gap");
    assertThat(lines.get(0).text()).isEqualTo("Watermelon " + scorecard.story().getFirst().text());
  }

  @Test
  void each_tile_can_dispute_its_number_with_the_session_s_token() {
    Element form = tile("mql_to_sql").selectFirst("[data-testid=dispute-form]");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("action")).isEqualTo("/disputes");
    assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo("csrf-token-123");
    assertThat(form.selectFirst("input[name=kpi]").val()).isEqualTo("mql_to_sql");
    assertThat(form.selectFirst("textarea[name=note]").hasAttr("required")).isTrue();
  }

  @Test
  void a_scorecard_with_no_data_says_so() {
    Scorecard empty =
        accord
            .scorecardEngine()
            .compute(
                dev.accord.core.scorecard.ScorecardFacts.builder().build(),
                dev.accord.core.scorecard.ScorecardQuery.everything());
    Document none = Pages.parse(DashboardPages.scorecardPage(Fixtures.frame(accord), empty));
    assertThat(none.selectFirst("[data-testid=no-data]")).isNotNull();
    assertThat(none.select("[data-testid=tile]")).hasSize(accord.kpis().size());
    assertThat(none.getElementById("dashboard-data")).isNull();
  }

  @Test
  void a_kpi_page_breaks_it_down_by_each_dimension_as_bars_and_a_table() {
    Document kpi =
        Pages.parse(
            DashboardPages.kpiPage(Fixtures.frame(accord), scorecard, "mql_to_sql").orElseThrow());
    assertThat(kpi.selectFirst("h1").text()).isEqualTo("MQL to SQL conversion by dimension");
    Element source = kpi.selectFirst("[data-testid=breakdown][data-dimension=\"Lead source\"]");
    assertThat(Pages.texts(source, "tbody td"))
        .containsExactly("web", "8.4%", "paid_search", "7.8%");
    assertThat(Pages.chartData(kpi)).contains("\"bars-mql_to_sql-source\":{\"kind\":\"bars\"");
    Element owner = kpi.selectFirst("[data-testid=breakdown][data-dimension=Owner]");
    assertThat(Pages.texts(owner, "tbody td")).contains("Emma Clarke", "Jake Turner");
    assertThat(DashboardPages.kpiPage(Fixtures.frame(accord), scorecard, "nope")).isEmpty();
  }

  private Element tile(String kpi) {
    return Optional.ofNullable(page.selectFirst("[data-testid=tile][data-kpi=" + kpi + "]"))
        .orElseThrow();
  }
}
