package warta.core.meta;

import java.time.LocalDate;

/**
 * What the opening of an article's first paragraph says: "JAKARTA, KOMPAS.com -",
 * "Wamena (ANTARA News)-", "Moskow, 18 Januari 2024 –", "Himalayapost.id – Moskow ...". Any
 * field may be null.
 *
 * @param place the place the story was filed from
 * @param outlet the outlet named in it
 * @param date the full date named in it
 */
record Dateline(String place, String outlet, LocalDate date) {}
