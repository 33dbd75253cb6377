package dev.accord.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A process that stores one batch in a workspace, says so on standard output and then waits to be
 * killed: the other half of the test that a committed batch survives {@code kill -9}.
 */
public final class KilledImport {

  private KilledImport() {}

  public static void main(String[] args) throws InterruptedException {
    Store store =
        Store.openWorkspace(Path.of(args[0]), Optional.empty()).withEngine(Funnel.engine(), 1);
    store.ingest(
        List.of(Funnel.created("L-1", "k1", 0, "new"), Funnel.moved("L-1", "k2", 1, "working")),
        List.of(Funnel.finding("L-1", "f1", "Select")),
        Optional.of(new ImportCheckpoint("leads.csv", 2)));
    System.out.println("stored");
    System.out.flush();
    Thread.sleep(60_000);
  }
}
