package dev.accord.generator;

import dev.accord.core.accord.Accord;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;

/** The accord Accord ships, read once for all the tests. */
final class DefaultAccords {

  static final Accord DEFAULT =
      new AccordFileReader().read("default", DefaultAccord.text()).accord().orElseThrow();

  private DefaultAccords() {}
}
