package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.ActivityLogged;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each setting moves the funnel the way it says, and nonsense settings are refused at once. */
class SettingsTest {

  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  @Test
  void a_spotless_crm_plants_nothing() {
    GeneratorSettings settings =
        GeneratorSettings.of(3_000, 8, START).withImperfections(Imperfections.none());
    GroundTruth truth = GroundTruth.of(generate(settings).groundTruth());

    assertThat(truth.duplicates()).isEmpty();
    assertThat(truth.dataGaps()).isEmpty();
    assertThat(truth.lateEvents()).isEmpty();
    assertThat(truth.plantedBreaches()).isEmpty();
    assertThat(truth.clocks("speed_to_lead")).isNotEmpty();
    assertThat(truth.breaches("speed_to_lead")).isEmpty();
  }

  @Test
  void the_planted_share_of_sla_breaches_and_duplicates_follow_the_settings() {
    Imperfections half =
        Imperfections.defaults()
            .withSlaBreach(0.1, Map.of("speed_to_lead", 0.5))
            .withDuplicates(0.1);
    GroundTruth truth =
        GroundTruth.of(
            generate(GeneratorSettings.of(6_000, 8, START).withImperfections(half)).groundTruth());

    double breached =
        truth.breaches("speed_to_lead").size() / (double) truth.clocks("speed_to_lead").size();
    assertThat(breached).isCloseTo(0.5, within(0.06));
    assertThat(truth.duplicates().size() / 6_000.0).isCloseTo(0.1, within(0.02));
  }

  @Test
  void the_source_mix_and_the_conversion_rates_are_the_settings() {
    FunnelRates rates =
        FunnelRates.defaults()
            .withSources(
                List.of(new SourceProfile("referral", 1, 1), new SourceProfile("webinar", 3, 1)))
            .withAdvance(Map.of("mql", 0.0));
    List<RecordEvent> events =
        generate(GeneratorSettings.of(2_000, 8, START).withRates(rates)).events().toList();

    assertThat(
            events.stream()
                .filter(RecordCreated.class::isInstance)
                .map(e -> ((RecordCreated) e).fields().getOrDefault("lead_source", "")))
        .allMatch(
            source -> List.of("referral", "webinar", "Select", "null", "N/A", "").contains(source));
    // Nobody is scored up to MQL, so nobody is routed, touched or qualified.
    assertThat(events)
        .noneMatch(e -> e instanceof StageChanged move && move.toStage().equals("mql"))
        .noneMatch(RecordEvent.OwnerAssigned.class::isInstance);
  }

  @Test
  void public_holidays_are_days_nobody_works() {
    // Every Monday a US holiday: New York reps touch no lead on a Monday.
    GeneratorSettings settings =
        GeneratorSettings.of(3_000, 8, START)
            .withHolidays(
                (country, date) -> country.equals("US") && date.getDayOfWeek() == DayOfWeek.MONDAY);
    List<RecordEvent> events = generate(settings).events().toList();

    assertThat(events)
        .filteredOn(e ->
            e instanceof ActivityLogged && List.of("maria", "jake").contains(e.header().actor()))
        .isNotEmpty()
        .allSatisfy(touch ->
            assertThat(touch.occurredAt().atZone(ZoneId.of("America/New_York")).getDayOfWeek())
                .isNotEqualTo(DayOfWeek.MONDAY));
  }

  @Test
  void events_name_the_source_system_they_are_said_to_come_from() {
    GeneratorSettings settings = GeneratorSettings.of(50, 8, START).withSourceSystem("hubspot");

    assertThat(generate(settings).events()).allMatch(e -> e.header().source().equals("hubspot"));
  }

  @Test
  void nonsense_settings_are_refused_with_the_reason() {
    assertThatThrownBy(() -> GeneratorSettings.of(-1, 1, START))
        .hasMessage("records cannot be negative: -1");
    assertThatThrownBy(() -> GeneratorSettings.of(1, 1, START).withSpan(Duration.ofSeconds(5)))
        .hasMessage("the span must be at least a minute: PT5S");
    assertThatThrownBy(() -> Imperfections.defaults().withDuplicates(1.5))
        .hasMessage("duplicates must be between 0 and 1: 1.5");
    assertThatThrownBy(() -> new SourceProfile("web", 0, 1))
        .hasMessage("the share of web must be positive: 0.0");
    assertThatThrownBy(() -> FunnelRates.defaults().withSources(List.of()))
        .hasMessage("the funnel needs at least one lead source");
  }

  private static Funnel generate(GeneratorSettings settings) {
    return FunnelGenerator.generate(DefaultAccords.DEFAULT, settings);
  }
}
