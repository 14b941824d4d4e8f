package warta.core.summarize;

import java.util.List;

/**
 * The people, organizations and places an article names, in English spelling.
 *
 * @param people people's names
 * @param organizations organizations, institutions, companies
 * @param places countries, cities, regions
 */
public record Entities(List<String> people, List<String> organizations, List<String> places) {

    public Entities {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
    }

    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of());
    }
}
