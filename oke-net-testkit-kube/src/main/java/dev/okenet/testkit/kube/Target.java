package dev.okenet.testkit.kube;

import java.util.Objects;

/**
 * One end of a {@link ClusterReachability} question: a pod or a Service by namespace and name, a
 * Node by name, or an address block.
 *
 * <pre>{@code
 * Target.pod("shop", "web-7d9c-0")
 * Target.service("shop", "api")        // through its ClusterIP to its backends' target port
 * Target.node("10.0.4.2")
 * Target.cidr("203.0.113.10/32")
 * }</pre>
 *
 * @param kind what it is
 * @param namespace the namespace, for pods and Services ("" otherwise)
 * @param name the pod, Service or Node name, or the CIDR
 */
public record Target(Kind kind, String namespace, String name) {
    /** What a target is. */
    public enum Kind {
        POD, SERVICE, NODE, CIDR
    }

    /** Checks the parts. */
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    public static Target pod(String namespace, String name) {
        return new Target(Kind.POD, namespace, name);
    }

    public static Target service(String namespace, String name) {
        return new Target(Kind.SERVICE, namespace, name);
    }

    public static Target node(String name) {
        return new Target(Kind.NODE, "", name);
    }

    /** An IPv4 block outside the cluster's pods, e.g. "203.0.113.10/32". */
    public static Target cidr(String cidr) {
        return new Target(Kind.CIDR, "", cidr);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case POD -> "pod " + namespace + "/" + name;
            case SERVICE -> "service " + namespace + "/" + name;
            case NODE -> "node " + name;
            case CIDR -> name;
        };
    }
}
