package warta.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A Server-Sent Events body read back: each event's name and its JSON data. */
record Events(List<Event> all) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Event(String name, JsonNode data) {}

    static Events parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()).strip());
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(name, json(data.toString())));
            }
        }
        return new Events(events);
    }

    List<String> names() {
        return all.stream().map(Event::name).toList();
    }

    List<Event> named(String name) {
        return all.stream().filter(e -> e.name().equals(name)).toList();
    }

    Event last() {
        return all.getLast();
    }

    private static JsonNode json(String data) {
        try {
            return MAPPER.readTree(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
