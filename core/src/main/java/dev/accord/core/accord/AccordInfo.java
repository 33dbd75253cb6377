package dev.accord.core.accord;

import dev.accord.core.shared.Values;

/**
 * What an accord is called and which version of it this is. The version rises by one with every
 * approved change, so every number Accord computes can say which definitions it ran under.
 */
public record AccordInfo(String name, int version, String description) {

  public AccordInfo {
    name = Values.text(name);
    description = Values.text(description);
  }
}
