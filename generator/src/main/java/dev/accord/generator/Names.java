package dev.accord.generator;

import java.util.List;

/**
 * The words generated people and companies are made of. The lists are chosen so that no two first
 * names, last names or company words are near-misspellings of each other, and no company word is
 * the start of another: records of different people then never look like duplicates by accident.
 */
final class Names {

  static final List<String> FIRST =
      words(
          """
          Aaron Abigail Adrian Aisha Alan Albert Alice Amara Amelia Andrea Arjun Astrid Beatrice
          Benjamin Bianca Boris Bruno Camila Carlos Carmen Cecilia Chloe Clara Connor Daniela
          Dmitri Dorothy Edgar Elena Eliza Emil Erik Esther Fatima Felix Fiona Florence Gabriel
          Georgia Gideon Hannah Harvey Hector Helga Hugo Ingrid Irene Isaac Ivan Jasmine Javier
          Joanna Jonah Julia Kai Karim Katarina Keiko Lars Laura Leon Lucia Magnus Malik Marco
          Margot Matteo Mei Miguel Mira Nadia Nathan Nikolai Nora Oliver Omar Oscar Paloma Patrick
          Petra Quentin Rafael Rebecca Ricardo Rosa Ruth Samir Sara Sebastian Sienna Simon Sofia
          Stefan Tamara Theo Ursula Valentina Victor Wendy Xavier Yara Yusuf Zane Zofia
          """);

  static final List<String> LAST =
      words(
          """
          Abbott Acosta Adler Alvarez Andersen Archer Bakker Barros Becker Bishop Blackwood Bianchi
          Brennan Caldwell Castillo Chandra Costa Dalton Delgado Dubois Eriksson Esposito Falk
          Ferreira Fischer Fitzgerald Gallagher Garcia Goldberg Greco Gupta Halvorsen Hartmann
          Hawkins Herrera Holmberg Ibrahim Ivanova Jansen Jimenez Kapoor Kaufman Kowalski Kruger
          Lambert Larsen Lindqvist Lombardi Lowell Macedo Marchetti Mendoza Moreau Nakamura Navarro
          Nilsen Novak Okonkwo Oliveira Ortega Pacheco Pereira Petrov Quinn Ramirez Rasmussen
          Reinholt Rinaldi Rocha Rosenberg Salazar Santos Schultz Sorensen Stavros Sullivan Suzuki
          Tanaka Thornton Torres Ueda Valdez Vasquez Vogel Wagner Walsh Watanabe Weiss Whitaker
          Yamamoto Zamora Zimmermann
          """);

  /** First words of company names; none is the beginning of another. */
  static final List<String> COMPANY_FIRST =
      words(
          """
          Amber Apex Arbor Atlas Aurora Basalt Beacon Birch Cedar Cinder Cobalt Copper Crescent
          Delta Ember Falcon Fjord Garnet Glacier Granite Harbor Helix Indigo Juniper Kestrel
          Lantern Lumen Maple Meridian Nimbus Northwind Onyx Orchid Pioneer Quartz Quill Raven
          Sable Sierra Solstice Summit Tundra Umber Vector Willow Yonder Zephyr
          """);

  static final List<String> COMPANY_SECOND =
      words(
          """
          Analytics Biotech Capital Cloudworks Consulting Dynamics Energy Foods Freight Games
          Health Industries Insurance Labs Logistics Media Medical Networks Partners Pharma
          Robotics Security Software Solutions Systems Telecom Textiles Travel Ventures Works
          """);

  /** Legal-form suffixes; the empty one is a company written without. */
  static final List<String> SUFFIXES = List.of("Inc.", "Ltd", "GmbH", "LLC", "", "Inc.", "Corp.");

  static final List<String> JOB_TITLES =
      List.of(
          "Head of Marketing",
          "Marketing Manager",
          "VP Sales",
          "Sales Operations Manager",
          "CFO",
          "CTO",
          "Engineering Manager",
          "Director of Operations",
          "Product Manager",
          "Data Analyst",
          "IT Director",
          "Procurement Lead",
          "Founder",
          "COO",
          "Customer Success Manager",
          "Revenue Operations Lead");

  static final List<String> INDUSTRIES =
      List.of(
          "software", "manufacturing", "healthcare", "financial services", "retail", "logistics");

  static final List<String> NEXT_STEPS =
      List.of(
          "Book a demo with the buying group",
          "Send the security questionnaire",
          "Share pricing options",
          "Schedule a call with procurement",
          "Agree the pilot scope",
          "Review the contract redlines");

  static final List<String> FEEDBACK_NOTES =
      List.of(
          "Scoring weights downloads too high; adjusted.",
          "Form now asks for company size.",
          "Moved the contact to the nurture track.",
          "Campaign audience narrowed.",
          "Reviewed with the SDR; the lead was not ready.");

  private Names() {}

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }
}
