package dev.accord.core.sla;

import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * A clause of the handoff contract: when a record moves from one stage towards another, which team
 * owns it, how much business time they have to act, what counts as acting, and who is told when
 * they do not.
 *
 * @param id the handoff's identifier, such as {@code speed_to_lead}
 * @param name the name people see
 * @param from the stage the record is handed over in
 * @param to the stage it is handed over to; {@code from -> to} must be an allowed transition
 * @param owner the team that must act
 * @param sla how long they have, in business time
 * @param calendar the calendar the SLA runs on, by id
 * @param startsOn what starts the clock
 * @param metBy what stops it in time
 * @param pauseIn stages in which the clock is paused
 * @param restartOnActivity whether activity on the record starts the clock afresh
 * @param requiredFields fields the record must carry when handed over
 * @param escalation the escalation ladder, in the order the steps fire
 */
public record Handoff(
    String id,
    String name,
    String from,
    String to,
    String owner,
    BusinessDuration sla,
    String calendar,
    SlaStart startsOn,
    SlaMeasure metBy,
    List<String> pauseIn,
    boolean restartOnActivity,
    List<String> requiredFields,
    List<EscalationStep> escalation) {

  public Handoff {
    id = Values.text(id);
    name = Values.text(name);
    from = Values.text(from);
    to = Values.text(to);
    owner = Values.text(owner);
    Objects.requireNonNull(sla, "sla");
    calendar = Values.text(calendar);
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(metBy, "metBy");
    pauseIn = Values.list(pauseIn);
    requiredFields = Values.list(requiredFields);
    escalation = Values.list(escalation);
  }

  public String displayName() {
    return name.isBlank() ? id : name;
  }
}
