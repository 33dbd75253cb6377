package dev.accord.core.lifecycle;

import dev.accord.core.shared.Values;

/**
 * A reason people give when a record is disqualified, lost, recycled or rejected, drawn from one
 * shared list so the reasons can be counted.
 */
public record ReasonCode(String id, String label) {

  public ReasonCode {
    id = Values.text(id);
    label = Values.text(label);
  }
}
