package org.waymark.syslog.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of networks as CIDR blocks (IPv4 and IPv6): the sources a syslog listener takes messages
 * from, the corporate networks of the alert rules. Written here because the JDK has no CIDR type
 * and the check is a byte comparison.
 */
public final class Networks {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;

    private Networks(List<Block> blocks) {
        this.blocks = blocks;
    }

    /**
     * @param list CIDR blocks separated by commas or spaces, such as {@code 10.0.0.0/8, 2001:db8::/32};
     *             blank: every address
     * @throws IllegalArgumentException naming the first block that is not one
     */
    public static Networks parse(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    blocks.add(block(entry.strip()));
                }
            }
        }
        return new Networks(List.copyOf(blocks));
    }

    /** For a listener: none listed allows every address. */
    public boolean allows(InetAddress address) {
        return blocks.isEmpty() || contains(address);
    }

    /** For a rule: none listed contains no address. */
    public boolean contains(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address.getAddress()));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        InetAddress host = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (host == null) {
            throw new IllegalArgumentException("'" + cidr + "' is not a network such as 10.0.0.0/8 or 2001:db8::/32");
        }
        byte[] network = host.getAddress();
        int prefix;
        try {
            prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length", e);
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("'" + cidr + "' has a prefix length beyond " + network.length * 8);
        }
        return new Block(network, prefix);
    }

    /**
     * An IPv4 or IPv6 address written as a literal, else null. Never a name: a lookup in DNS here
     * would make every check wait for it, and let whoever controls DNS decide.
     */
    public static InetAddress literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || text.indexOf(':') >= 0 && IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
