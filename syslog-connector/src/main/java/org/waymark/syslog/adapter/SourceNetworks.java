package org.waymark.syslog.adapter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The networks a listener takes syslog from, as CIDR blocks (IPv4 and IPv6); none listed: every
 * address. Written here because the JDK has no CIDR type and the check is a byte comparison.
 */
final class SourceNetworks {

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

    private SourceNetworks(List<Block> blocks) {
        this.blocks = blocks;
    }

    /**
     * @param list CIDR blocks separated by commas or spaces, such as {@code 10.0.0.0/8, 2001:db8::/32};
     *             blank: every address
     * @throws IllegalArgumentException naming the first block that is not one
     */
    static SourceNetworks parse(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    blocks.add(block(entry.strip()));
                }
            }
        }
        return new SourceNetworks(List.copyOf(blocks));
    }

    boolean allows(InetAddress address) {
        return blocks.isEmpty() || blocks.stream().anyMatch(block -> block.contains(address.getAddress()));
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        String host = slash < 0 ? cidr : cidr.substring(0, slash);
        // only literal addresses: a host name here would make every check wait for DNS
        if (!host.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("'" + cidr + "' is not a network such as 10.0.0.0/8 or 2001:db8::/32");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not a network such as 10.0.0.0/8 or 2001:db8::/32", e);
        }
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
}
