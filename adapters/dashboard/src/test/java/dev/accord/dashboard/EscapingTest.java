package dev.accord.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A KPI named with markup stays text in the HTML and in the chart data alike. */
class EscapingTest {

  private final Accord hostile =
      Fixtures.withKpiName(Fixtures.DEFAULT, "mql_volume", Fixtures.HOSTILE);

  @Test
  void a_hostile_kpi_name_is_text_on_the_scorecard_and_in_its_story() {
    String html =
        DashboardPages.scorecardPage(Fixtures.frame(hostile), Fixtures.scorecard(hostile));
    Document page = Pages.parse(html);
    assertThat(html).doesNotContain("<script>alert");
    assertThat(page.select("script").stream().map(s -> s.hasAttr("src") ? s.attr("src") : s.id()))
        .containsExactly("dashboard-data", DashboardAssets.ECHARTS, DashboardAssets.SCRIPT);
    Element tile = page.selectFirst("[data-testid=tile][data-kpi=mql_volume]");
    assertThat(tile.selectFirst(".tile-name").text()).isEqualTo(Fixtures.HOSTILE);
    assertThat(tile.selectFirst(".sparkline").attr("aria-label"))
        .startsWith("Trend of " + Fixtures.HOSTILE);
    assertThat(page.selectFirst("[data-testid=watermelon] strong").text())
        .isEqualTo("Green over red: " + Fixtures.HOSTILE);
    assertThat(page.selectFirst("[data-testid=story] li").text()).contains(Fixtures.HOSTILE);
  }

  @Test
  void a_hostile_value_in_the_chart_data_cannot_close_its_block() {
    Document page =
        Pages.parse(
            DashboardPages.kpiPage(
                    Fixtures.frame(hostile), Fixtures.scorecard(hostile), "mql_volume")
                .orElseThrow());
    String data = Pages.chartData(page);
    assertThat(data).isNotEmpty().doesNotContain("<", ">", "&");
    assertThat(page.selectFirst("h1").text()).isEqualTo(Fixtures.HOSTILE + " by dimension");
  }

  @Test
  void the_json_writer_escapes_markup_quotes_and_line_breaks() {
    assertThat(Json.write(Map.of("k", "</script><b>\"a\" & 'b'\n\u2028")))
        .isEqualTo(
            "{\"k\":\"\\u003c/script\\u003e\\u003cb\\u003e\\\"a\\\" \\u0026 'b'\\n\\u2028\"}");
    assertThat(Json.write(List.of(1.5, 2.0, Double.NaN, true))).isEqualTo("[1.5,2,null,true]");
  }

  @Test
  void a_hostile_accord_name_and_user_are_text_in_the_frame() {
    Accord named =
        new Accord(
            hostile.schemaVersion(),
            new dev.accord.core.accord.AccordInfo(Fixtures.HOSTILE, 3, Fixtures.HOSTILE),
            hostile.sentinels(),
            hostile.reasonCodes(),
            hostile.guardrails(),
            hostile.objects(),
            hostile.teams(),
            hostile.people(),
            hostile.calendars(),
            hostile.handoffs(),
            hostile.routing(),
            hostile.dimensions(),
            hostile.kpis(),
            hostile.decisionRights(),
            hostile.goals(),
            hostile.duplicates(),
            hostile.exceptions());
    String html =
        DashboardPages.accordPage(
            new Frame(
                named, Fixtures.HOSTILE, "\"><x>", java.util.Set.of(), java.util.Optional.empty()),
            named);
    Document page = Pages.parse(html);
    assertThat(html).doesNotContain("<script>alert", "<x>");
    assertThat(page.selectFirst("[data-testid=accord-name]").text()).isEqualTo(Fixtures.HOSTILE);
    assertThat(page.selectFirst("[data-testid=user] strong").text()).isEqualTo(Fixtures.HOSTILE);
    assertThat(page.selectFirst("input[name=_csrf]").val()).isEqualTo("\"><x>");
  }
}
