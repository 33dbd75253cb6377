package dev.accord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.accord.core.event.RecordEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EventJsonPropertiesTest {

  @Property
  void readingWhatWasWrittenGivesTheSameEvent(@ForAll("events") RecordEvent event) {
    assertThat(EventJson.read(EventJson.write(event))).isEqualTo(event);
  }

  @Property
  void anEventIsOneLine(@ForAll("events") RecordEvent event) {
    // The event log and JSON-lines files are read line by line.
    assertThat(EventJson.write(event)).doesNotContain("\n", "\r");
  }

  @Property
  void arbitraryTextFailsOnlyWithEventJsonException(@ForAll("texts") String text) {
    assertOnlyEventJsonException(catchThrowable(() -> EventJson.read(text)));
  }

  @Property
  void aDamagedLineFailsOnlyWithEventJsonException(
      @ForAll("events") RecordEvent event, @ForAll("damage") Damage damage) {
    assertOnlyEventJsonException(
        catchThrowable(() -> EventJson.read(damage.to(EventJson.write(event)))));
  }

  static void assertOnlyEventJsonException(Throwable thrown) {
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(EventJsonException.class);
    }
  }

  @Provide
  Arbitrary<RecordEvent> events() {
    return JsonArbitraries.events();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtrufalsn \\").ofMaxLength(40));
  }

  @Provide
  Arbitrary<Damage> damage() {
    return Damage.arbitrary();
  }
}
