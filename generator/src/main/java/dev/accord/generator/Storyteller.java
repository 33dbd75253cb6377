package dev.accord.generator;

import dev.accord.core.event.EventHeader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tells the story of any one lead record, from nothing but the scene and the record's index: casts
 * it, finds the person behind it (or respells an earlier person, for a planted duplicate), walks it
 * through the funnel, then puts its beats in order, gives each event its sequence and idempotency
 * key, and plants the late deliveries.
 */
final class Storyteller {

  private final Scene scene;
  private final Castings castings;
  private final Directory directory;
  private final Lateness lateness;
  private final String keyPrefix;

  Storyteller(Scene scene) {
    this.scene = scene;
    GeneratorSettings settings = scene.settings();
    ZoneId market =
        scene.accord().calendars().stream()
            .findFirst()
            .<ZoneId>map(calendar -> calendar.timeZone())
            .orElse(ZoneOffset.UTC);
    this.castings = new Castings(settings, scene.shape(), scene.fields(), market);
    this.directory = new Directory(settings.seed());
    this.lateness =
        new Lateness(scene.accord().guardrails().reorderWindow(), settings.imperfections());
    this.keyPrefix = "g" + Long.toUnsignedString(settings.seed(), 36) + "-";
  }

  /** When record {@code index} is created: the earliest instant any event of its story arrives. */
  Instant createdAt(long index) {
    return castings.createdAt(index);
  }

  Lateness lateness() {
    return lateness;
  }

  Story tell(long index) {
    long seed = scene.settings().seed();
    Casting casting = castings.cast(index);
    List<Truth> plants = new ArrayList<>();
    Prospect prospect;
    if (casting.original().isPresent()) {
      long original = casting.original().getAsLong();
      Respelling.Result respelled =
          Respelling.of(
              directory.prospect(original), Seeds.random(seed, Seeds.Strand.RESPELLING, index));
      prospect = respelled.prospect();
      plants.add(
          new Truth.PlantedDuplicate(
              Casting.leadId(original), casting.recordId(), respelled.variations()));
    } else {
      prospect = directory.prospect(index);
    }
    Timeline timeline = new Timeline();
    new LeadJourney(
            scene,
            casting,
            new Subject(prospect, casting.source().source()),
            timeline,
            Seeds.random(seed, Seeds.Strand.JOURNEY, index),
            plants)
        .walk();
    return finish(index, timeline, plants);
  }

  /**
   * Puts the beats in order and makes them events: each record's events at least a second apart,
   * keyed by seed, record and the event's number within the record.
   */
  private Story finish(long index, Timeline timeline, List<Truth> plants) {
    List<Beat> beats = new ArrayList<>(timeline.beats());
    beats.sort(IN_TIME);
    Tally tally = new Tally();
    String[] keys = new String[beats.size()];
    List<Occurrence> occurrences = new ArrayList<>(beats.size());
    for (Beat beat : beats) {
      int record = tally.of(beat.recordId());
      Instant last = tally.latest[record];
      Instant at = last != null && !beat.at().isAfter(last) ? last.plusSeconds(1) : beat.at();
      tally.latest[record] = at;
      String key = keyPrefix + beat.recordId() + "-" + ++tally.numbers[record];
      keys[beat.order()] = key;
      EventHeader header =
          new EventHeader(
              beat.recordId(),
              beat.objectType(),
              at,
              scene.settings().sourceSystem(),
              key,
              beat.actor());
      occurrences.add(new Occurrence(occurrences.size(), beat, header, at.getEpochSecond()));
    }
    List<Truth> planted = new ArrayList<>(plants);
    for (Timeline.Breach breach : timeline.breaches()) {
      planted.add(
          new Truth.PlantedBreach(
              breach.beat().recordId(), keys[breach.beat().order()], breach.type()));
    }
    List<Occurrence> delivered =
        lateness.plant(
            occurrences, Seeds.random(scene.settings().seed(), Seeds.Strand.DELIVERY, index));
    return new Story(index, delivered, planted);
  }

  private static final Comparator<Beat> IN_TIME =
      Comparator.comparing(Beat::at).thenComparingInt(Beat::order);

  /** Each record's latest instant and event count so far; a story has only a few records. */
  private static final class Tally {
    private final List<String> records = new ArrayList<>(4);
    private Instant[] latest = new Instant[4];
    private int[] numbers = new int[4];

    int of(String recordId) {
      for (int at = 0; at < records.size(); at++) {
        // A story names each record with one string, so identity nearly always decides.
        if (records.get(at) == recordId || records.get(at).equals(recordId)) {
          return at;
        }
      }
      records.add(recordId);
      if (records.size() > latest.length) {
        latest = Arrays.copyOf(latest, latest.length * 2);
        numbers = Arrays.copyOf(numbers, numbers.length * 2);
      }
      return records.size() - 1;
    }
  }
}
