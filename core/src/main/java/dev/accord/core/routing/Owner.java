package dev.accord.core.routing;

import dev.accord.core.shared.Values;

/** Who a routing decision gives a record to: a person, or a team's queue when no rule could. */
public sealed interface Owner {

  /** The owner's id: the person's, or the queue's team. */
  String id();

  /** The owner as a sentence names it: {@code maria}, or {@code the revops queue}. */
  String describe();

  /** A person who now owns the record. */
  record Person(String id) implements Owner {
    public Person {
      id = Values.text(id);
    }

    @Override
    public String describe() {
      return id;
    }
  }

  /** The queue of a team, which takes the records no rule routes. */
  record Queue(String id) implements Owner {
    public Queue {
      id = Values.text(id);
    }

    @Override
    public String describe() {
      return "the " + id + " queue";
    }
  }
}
