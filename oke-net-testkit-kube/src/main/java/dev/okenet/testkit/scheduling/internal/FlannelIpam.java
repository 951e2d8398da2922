package dev.okenet.testkit.scheduling.internal;

import dev.okenet.testkit.internal.net.Ipv4Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes' node IPAM as OKE runs it for flannel: each node gets the next free /25 of the pods
 * CIDR when it joins, and keeps it; a /p pods CIDR has 2^(25 - p) of them, so later nodes get none
 * (the node controller reports {@code CIDRNotAvailable}).
 */
public final class FlannelIpam {
    static final int NODE_PREFIX = 25;

    private final Ipv4Cidr podsCidr;
    private final Map<String, Integer> blockByNode = new HashMap<>();

    public FlannelIpam(String podsCidr) {
        this.podsCidr = Ipv4Cidr.parse(podsCidr).orElseThrow(() -> new IllegalArgumentException(
                "the cluster's pods CIDR \"" + podsCidr + "\" is not an IPv4 CIDR block"));
    }

    /** How many nodes the pods CIDR serves. */
    public long capacity() {
        return podsCidr.prefix() > NODE_PREFIX ? 0 : 1L << (NODE_PREFIX - podsCidr.prefix());
    }

    public String podsCidr() {
        return podsCidr.network().toString();
    }

    /** Releases the blocks of nodes no longer present, then gives {@code joining} nodes blocks in order. */
    public void sync(List<String> presentNodeIds, List<String> joining) {
        Set<String> present = Set.copyOf(presentNodeIds);
        blockByNode.keySet().removeIf(id -> !present.contains(id));
        for (String node : joining) {
            if (blockByNode.containsKey(node)) {
                continue;
            }
            nextFree().ifPresent(block -> blockByNode.put(node, block));
        }
    }

    /** The node's /25, if it got one. */
    public Optional<Ipv4Cidr> blockOf(String nodeId) {
        return Optional.ofNullable(blockByNode.get(nodeId))
                .map(i -> new Ipv4Cidr(podsCidr.first() + (long) i * 128, NODE_PREFIX));
    }

    /** The pod addresses of a /25: the first is the network, the second the node's bridge, the last the broadcast. */
    public static List<String> podAddresses(Ipv4Cidr block) {
        List<String> out = new ArrayList<>();
        for (long ip = block.first() + 2; ip < block.last(); ip++) {
            out.add(Ipv4Cidr.format(ip));
        }
        return out;
    }

    private Optional<Integer> nextFree() {
        for (int i = 0; i < capacity(); i++) {
            if (!blockByNode.containsValue(i)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
