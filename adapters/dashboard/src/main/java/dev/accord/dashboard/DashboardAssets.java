package dev.accord.dashboard;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The files the pages load, all served from the classpath: the dashboard's stylesheet and script
 * and Apache ECharts from its webjar. A server answers {@code GET /assets/**} by looking the path
 * up here and streaming the resource with its content type; nothing is fetched from elsewhere.
 */
public final class DashboardAssets {

  /** Where the server serves the assets from. */
  public static final String PREFIX = "/assets/";

  /** The stylesheet every page links. */
  public static final String STYLESHEET = PREFIX + "accord.css";

  /** The script that draws a page's charts from its data block. */
  public static final String SCRIPT = PREFIX + "dashboard.js";

  /** Apache ECharts, the chart library. */
  public static final String ECHARTS = PREFIX + "echarts/echarts.min.js";

  /** The version of the ECharts webjar the dashboard is built against. */
  public static final String ECHARTS_VERSION = "5.3.1";

  private static final String OWN = "dev/accord/dashboard/assets/";
  private static final String WEBJAR =
      "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/";

  /**
   * One asset: the classpath resource it is read from and the content type to serve it with.
   *
   * @param resource the classpath resource name, with no leading slash
   * @param contentType the media type with its charset where it has one
   */
  public record Asset(String resource, String contentType) {
    public Asset {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(contentType, "contentType");
    }

    /** The asset's bytes; the caller closes the stream. */
    public InputStream open() {
      InputStream in = DashboardAssets.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("the asset " + resource + " is not on the classpath");
      }
      return in;
    }
  }

  private static final String CSS = "text/css; charset=utf-8";
  private static final String JS = "text/javascript; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";

  private static final Map<String, Asset> ASSETS =
      Map.of(
          STYLESHEET,
          new Asset(OWN + "accord.css", CSS),
          SCRIPT,
          new Asset(OWN + "dashboard.js", JS),
          ECHARTS,
          new Asset(WEBJAR + "dist/echarts.min.js", JS),
          PREFIX + "echarts/LICENSE",
          new Asset(WEBJAR + "LICENSE", TEXT),
          PREFIX + "echarts/NOTICE",
          new Asset(WEBJAR + "NOTICE", TEXT));

  private DashboardAssets() {}

  /**
   * The asset served at a path such as {@code /assets/accord.css}; empty for any other path, so
   * that a request can name nothing on the classpath but these files.
   */
  public static Optional<Asset> find(String path) {
    return Optional.ofNullable(ASSETS.get(path));
  }

  /** Every path the assets are served at. */
  public static java.util.Set<String> paths() {
    return ASSETS.keySet();
  }
}
