package dev.accord.dashboard;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading a rendered page back as a document, as a browser would. */
final class Pages {

  private Pages() {}

  static Document parse(String html) {
    return Jsoup.parse(html);
  }

  static List<String> texts(Element page, String selector) {
    return page.select(selector).stream().map(Element::text).toList();
  }

  /** The page's chart data block, as written. */
  static String chartData(Document page) {
    Element block = page.getElementById("dashboard-data");
    return block == null ? "" : block.data();
  }
}
