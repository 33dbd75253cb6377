package dev.accord.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueStatus;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class QueueAndBoardPagesTest {

  private final Frame frame = Fixtures.frame(Fixtures.DEFAULT);

  @Test
  void the_queue_lists_each_exception_with_forms_to_assign_and_resolve_the_open_ones() {
    Document page =
        Pages.parse(
            DashboardPages.exceptionsPage(frame, ExceptionList.of(Fixtures.queue(), Fixtures.NOW)));
    List<Element> rows = page.select("[data-testid=exception-row]");
    assertThat(rows).hasSize(3);
    assertThat(page.selectFirst("[data-testid=queue-summary]").text())
        .isEqualTo("3 exceptions, 1 overdue.");

    Element routing = rows.get(0);
    assertThat(routing.attr("data-id")).isEqualTo("e1routing0000000000000001");
    assertThat(routing.selectFirst("[data-testid=exception-owner]").text())
        .isEqualTo("Maria Lopez");
    assertThat(routing.selectFirst("[data-testid=exception-status]").text()).isEqualTo("Open");
    Element assign = routing.selectFirst("[data-testid=assign-form]");
    assertThat(assign.attr("method")).isEqualTo("post");
    assertThat(assign.attr("action")).isEqualTo("/exceptions/e1routing0000000000000001/assign");
    assertThat(assign.selectFirst("input[name=_csrf]").val()).isEqualTo("csrf-token-123");
    assertThat(assign.select("select[name=to] option").stream().map(o -> o.val()))
        .contains("revops", "sdr", "jake", "priya")
        .doesNotContain("maria");
    Element resolve = routing.selectFirst("[data-testid=resolve-form]");
    assertThat(resolve.attr("action")).isEqualTo("/exceptions/e1routing0000000000000001/resolve");
    assertThat(resolve.selectFirst("input[name=code]").hasAttr("required")).isTrue();
    assertThat(resolve.selectFirst("textarea[name=note]")).isNotNull();
    assertThat(resolve.select("input[name=as]").stream().map(o -> o.val()))
        .containsExactly("resolved", "wont_fix");
    assertThat(routing.select(".trail li").stream().map(Element::text))
        .containsExactly(
            "2026-11-18 10:01 UTC, Priya Shah: owner from Revenue operations to Maria Lopez",
            "2026-11-18 10:02 UTC, Maria Lopez: commented: Territory table misses NZ");

    Element breach = rows.get(1);
    assertThat(breach.hasClass("late")).isTrue();
    assertThat(breach.selectFirst("[data-testid=exception-status]").text()).contains("Overdue");
    assertThat(breach.select("td").get(1).text()).isEqualTo("SLA breach");

    Element closed = rows.get(2);
    assertThat(closed.selectFirst("[data-testid=exception-status]").text())
        .isEqualTo("Resolved fixed_in_crm");
    assertThat(closed.select("form")).isEmpty();
  }

  @Test
  void a_hostile_record_id_is_shown_as_text_and_never_becomes_markup() {
    String html =
        DashboardPages.exceptionsPage(frame, ExceptionList.of(Fixtures.queue(), Fixtures.NOW));
    Document page = Pages.parse(html);
    assertThat(html).doesNotContain("<script>alert");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("[data-testid=exception-row]").get(1).select("td").get(2).text())
        .isEqualTo(Fixtures.HOSTILE);
  }

  @Test
  void the_filter_shows_what_it_filters_on_and_a_way_back_to_the_whole_queue() {
    Document page =
        Pages.parse(
            DashboardPages.exceptionsPage(
                frame,
                new ExceptionList(
                    List.of(),
                    Optional.of(QueueStatus.IN_PROGRESS),
                    Optional.of(ExceptionType.SLA_BREACH),
                    Optional.of("sdr"),
                    Fixtures.NOW)));
    Element filter = page.selectFirst("[data-testid=filter-form]");
    assertThat(filter.attr("method")).isEqualTo("get");
    assertThat(filter.attr("action")).isEqualTo("/exceptions");
    assertThat(filter.selectFirst("select[name=status] option[selected]").val())
        .isEqualTo("in_progress");
    assertThat(filter.select("select[name=status] option[selected]")).hasSize(1);
    assertThat(filter.selectFirst("select[name=type] option[selected]").val())
        .isEqualTo("sla_breach");
    assertThat(filter.selectFirst("input[name=owner]").val()).isEqualTo("sdr");
    assertThat(filter.selectFirst("a[href=/exceptions]")).isNotNull();
    assertThat(page.selectFirst("[data-testid=queue-summary]").text())
        .isEqualTo("No exceptions match the filter.");
  }

  @Test
  void the_queue_page_disputes_any_kpi_of_the_accord() {
    Document page =
        Pages.parse(
            DashboardPages.exceptionsPage(frame, ExceptionList.of(List.of(), Fixtures.NOW)));
    Element dispute = page.selectFirst("#dispute [data-testid=dispute-form]");
    assertThat(dispute.attr("action")).isEqualTo("/disputes");
    assertThat(dispute.select("select[name=kpi] option")).hasSize(Fixtures.DEFAULT.kpis().size());
    assertThat(dispute.selectFirst("input[name=_csrf]").val()).isEqualTo("csrf-token-123");
  }

  @Test
  void the_sla_board_counts_runs_by_handoff_and_owner_and_lists_open_timers_and_breaches() {
    Document page = Pages.parse(DashboardPages.slaBoardPage(frame, Fixtures.board()));
    List<Element> speed = page.select("[data-testid=compliance-row][data-handoff=speed_to_lead]");
    assertThat(speed).hasSize(4);
    assertThat(speed.getFirst().select("td").stream().map(Element::text))
        .containsExactly("All owners", "70", "14", "2", "1", "83.3%");
    assertThat(speed.getFirst().selectFirst("th").text())
        .isEqualTo(
            "Speed to lead Marketing qualified lead (MQL) → Sales accepted lead (SAL):"
                + " Sales development within 15 business minutes");
    assertThat(speed.stream().map(r -> r.selectFirst("td.who").text()))
        .containsExactly("All owners", "nobody", "Emma Clarke", "Jake Turner");

    List<Element> open = page.select("[data-testid=open-run]");
    assertThat(open.stream().map(r -> r.attr("data-record"))).containsExactly("lead-2", "lead-1");
    assertThat(open.getFirst().text()).contains("Overdue by 30 min");
    assertThat(open.get(1).text()).contains("Due in 10 min");
    List<Element> breached = page.select("[data-testid=breached-run]");
    assertThat(breached.stream().map(r -> r.attr("data-record")))
        .containsExactly("lead-2", "lead-3");
    assertThat(breached.get(1).text()).contains("met, breached", "Late by 35 min", "nobody");
    assertThat(Pages.chartData(page))
        .contains(
            "\"sla-handoffs\":{\"kind\":\"sla\",\"handoffs\":[\"Speed to lead\",\"SAL acceptance\"],"
                + "\"met\":[70,60],\"breached\":[14,1]");
    assertThat(Pages.chartData(page)).contains("\"sla-owners\":{\"kind\":\"stacked\"");
  }

  @Test
  void an_sla_board_with_no_clocks_yet_says_so() {
    Document page =
        Pages.parse(
            DashboardPages.slaBoardPage(
                frame, new SlaBoard(java.util.Map.of(), List.of(), Fixtures.NOW)));
    assertThat(page.select(".empty").stream().map(Element::text))
        .contains("No SLA clock has started yet.", "No clock is running.", "No run breached.");
  }
}
