package com.linkstar.reply.core.draft;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date from the order facts ({@code shipped_at}, {@code estimated_delivery}, {@code delivered_at}: ISO dates such as
 * "2026-11-24", DESIGN.md section 7) read strictly, and written as a letter in the buyer's language writes it. Pure: no
 * locale data of the JVM, so every runtime writes the same date.
 */
public final class FactDates {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Map<String, List<String>> MONTHS = Map.of(
            "en", List.of("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                    "December"),
            "de", List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
            "fr", List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
            "es", List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
                    "diciembre"),
            "it", List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre",
                    "dicembre"));

    private FactDates() {
    }

    /**
     * The date of an ISO fact ("2026-11-24"), or empty for anything else: a date-time, another format, a day that does not
     * exist (2026-02-30) or a blank. A date that does not parse confirms nothing.
     */
    public static Optional<LocalDate> parse(String fact) {
        if (fact == null || !ISO_DATE.matcher(fact.strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(fact.strip())); // ISO_LOCAL_DATE resolves strictly: no 30 February
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The date in a language variant: "November 24, 2026" (en), "24 November 2026" (en-GB), "24. November 2026" (de),
     * "24 novembre 2026" (fr, with "1er" for the first of the month), "24 de noviembre de 2026" (es), "24 novembre 2026"
     * (it, with "1º" for the first), "2026年11月24日" (ja, zh). Any other language gets the ISO date, which no one misreads.
     */
    public static String format(LocalDate date, String language) {
        int day = date.getDayOfMonth();
        int year = date.getYear();
        String base = language.length() >= 2 ? language.substring(0, 2) : language;
        if (base.equals("ja") || base.equals("zh")) {
            return year + "年" + date.getMonthValue() + "月" + day + "日";
        }
        List<String> months = MONTHS.get(base);
        if (months == null) {
            return date.toString();
        }
        String month = months.get(date.getMonthValue() - 1);
        return switch (base) {
            case "en" -> language.equals("en-GB") ? day + " " + month + " " + year : month + " " + day + ", " + year;
            case "de" -> day + ". " + month + " " + year;
            case "fr" -> (day == 1 ? "1er" : String.valueOf(day)) + " " + month + " " + year;
            case "es" -> day + " de " + month + " de " + year;
            case "it" -> (day == 1 ? "1º" : String.valueOf(day)) + " " + month + " " + year;
            default -> date.toString();
        };
    }
}
