package dev.accord.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths the pages link to and post their forms to, with every id encoded. */
final class Paths {

  private Paths() {}

  static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String kpi(String kpiId) {
    return "/scorecard/" + segment(kpiId);
  }

  static String assign(String exceptionId) {
    return "/exceptions/" + segment(exceptionId) + "/assign";
  }

  static String resolve(String exceptionId) {
    return "/exceptions/" + segment(exceptionId) + "/resolve";
  }

  static String changeRequest(String id) {
    return Section.CHANGE_REQUESTS.path() + "/" + segment(id);
  }

  static final String DISPUTES = "/disputes";
  static final String LOGIN = "/login";
  static final String LOGOUT = "/logout";
}
