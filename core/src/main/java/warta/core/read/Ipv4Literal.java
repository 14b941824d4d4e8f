package warta.core.read;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host written as an IPv4 address, read the way browsers and curl read it (the WHATWG URL
 * Standard, like {@code inet_aton}): one to four dot-separated numbers, each decimal, octal with a
 * leading {@code 0} or hexadecimal with {@code 0x}, the last one filling the bytes that remain. So
 * {@code 127.1}, {@code 2130706433}, {@code 0177.0.0.1} and {@code 0x7f.1} are all 127.0.0.1.
 * Java's own {@code InetAddress} reads {@code 0177.0.0.1} as 177.0.0.1 and refuses some of these;
 * Warta reads them one way, checks that address and connects to it.
 *
 * @param address the four bytes
 * @param notation how the host wrote them when not as four plain decimal numbers, such as
 *     {@code a shortened IPv4 address}; null when written plainly
 */
record Ipv4Literal(byte[] address, String notation) {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]*");
    private static final Pattern OCTAL = Pattern.compile("0[0-7]+");

    /**
     * Reads {@code host} as an IPv4 address when its last label is a number (the URL Standard's
     * rule), so a host such as {@code 1.2.3.256} is an invalid address, not a name to look up.
     *
     * @return empty when {@code host} is a name; the address otherwise
     * @throws IllegalArgumentException when {@code host} ends in a number but is no IPv4 address
     */
    static Optional<Ipv4Literal> parse(String host) {
        List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
        if (parts.size() > 1 && parts.getLast().isEmpty()) {
            parts.removeLast();
        }
        String last = parts.getLast();
        if (!DECIMAL.matcher(last).matches() && !HEX.matcher(last).matches()) {
            return Optional.empty();
        }
        if (parts.size() > 4) {
            throw new IllegalArgumentException("more than four numbers");
        }
        return Optional.of(read(parts));
    }

    private static Ipv4Literal read(List<String> parts) {
        BigInteger value = BigInteger.ZERO;
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            BigInteger number = number(parts.get(i), kinds);
            boolean isLast = i == parts.size() - 1;
            BigInteger limit = BigInteger.ONE.shiftLeft(isLast ? 8 * (4 - i) : 8);
            if (number.compareTo(limit) >= 0) {
                throw new IllegalArgumentException(parts.get(i) + " is too large");
            }
            value = isLast ? value.add(number) : value.add(number.shiftLeft(8 * (3 - i)));
        }
        int bits = value.intValue();
        byte[] address = {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
        return new Ipv4Literal(address, notation(parts.size(), kinds));
    }

    private static BigInteger number(String part, List<String> kinds) {
        if (HEX.matcher(part).matches()) {
            addOnce(kinds, "hexadecimal");
            return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
        }
        if (OCTAL.matcher(part).matches()) {
            addOnce(kinds, "octal");
            return new BigInteger(part.substring(1), 8);
        }
        if (DECIMAL.matcher(part).matches() && (part.length() == 1 || part.charAt(0) != '0')) {
            return new BigInteger(part);
        }
        throw new IllegalArgumentException(part.isEmpty() ? "an empty number" : part + " is not a number");
    }

    private static void addOnce(List<String> kinds, String kind) {
        if (!kinds.contains(kind)) {
            kinds.add(kind);
        }
    }

    private static String notation(int parts, List<String> kinds) {
        if (parts == 4 && kinds.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        if (parts == 1) {
            words.add("single-number");
        } else if (parts < 4) {
            words.add("shortened");
        }
        words.add(String.join(" and ", kinds));
        String phrase = String.join(" ", words).strip() + " IPv4 address";
        return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
    }

    /** The plain form, {@code 127.0.0.1}. */
    String plain() {
        return format(address);
    }

    /** The dotted decimal form of four bytes. */
    static String format(byte[] v4) {
        return String.format(Locale.ROOT, "%d.%d.%d.%d", v4[0] & 0xff, v4[1] & 0xff, v4[2] & 0xff, v4[3] & 0xff);
    }
}
