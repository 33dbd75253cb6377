package dev.accord.generator;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.ObjectType;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything a record's story is played against: the accord, the funnel read from it, the staff who
 * work the records, the SLA plan, how fields are written and how long things take.
 */
record Scene(
    Accord accord,
    GeneratorSettings settings,
    FunnelShape shape,
    Staff staff,
    SlaPlan sla,
    FieldWriter fields,
    Criteria criteria,
    Pace pace,
    Map<String, ObjectForm> forms) {

  Scene {
    forms = Map.copyOf(forms);
  }

  static Scene of(Accord accord, GeneratorSettings settings) {
    FunnelShape shape = FunnelShape.of(accord);
    Calendars working = new Calendars(settings);
    FieldWriter fields = new FieldWriter(accord.sentinels());
    return new Scene(
        accord,
        settings,
        shape,
        new Staff(accord, shape, working),
        new SlaPlan(accord, settings.imperfections(), working),
        fields,
        new Criteria(fields),
        new Pace(settings.rates()),
        accord.objects().stream()
            .collect(Collectors.toMap(ObjectType::id, ObjectForm::new, (first, second) -> first)));
  }

  ObjectForm form(String objectId) {
    return forms.get(objectId);
  }

  FunnelRates rates() {
    return settings.rates();
  }
}
